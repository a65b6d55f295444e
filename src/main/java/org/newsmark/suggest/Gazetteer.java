package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.suggest.pace.GiveWay;

/**
 * An immutable list of names with a label each, matched case-sensitively and whole-word over a text.
 * Names are keyed by their first word, so matching costs one hash look-up per word of the text.
 */
public final class Gazetteer {

    /** One occurrence of a gazetteer name in a text. */
    public record Match(int start, int end, String name, String label) {
    }

    /** Receives the matches of {@link #forEachMatch} one at a time. */
    @FunctionalInterface
    public interface MatchSink {
        void match(int start, int end, String name, String label);
    }

    private final Map<String, String> labels;
    private final FirstWords byFirstWord;
    /** The first characters of the keys of {@code byFirstWord}: most words of a text start with none of them. */
    private final BitSet firstChars = new BitSet();

    private Gazetteer(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
        Map<String, List<String>> index = new HashMap<>();
        for (String name : labels.keySet()) {
            index.computeIfAbsent(firstWord(name), k -> new ArrayList<>()).add(name);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        this.byFirstWord = new FirstWords(index);
        index.keySet().stream().filter(k -> !k.isEmpty()).forEach(k -> firstChars.set(k.charAt(0)));
    }

    public static Gazetteer of(Map<String, String> nameToLabel) {
        Map<String, String> clean = new LinkedHashMap<>();
        nameToLabel.forEach((n, l) -> {
            String name = n.strip();
            if (!name.isEmpty() && Character.isLetterOrDigit(name.charAt(0))) {
                clean.put(name, l);
            }
        });
        return new Gazetteer(clean);
    }

    public static Gazetteer empty() {
        return new Gazetteer(Map.of());
    }

    /** This gazetteer with the names of {@code other} added; {@code other} wins on conflicting labels. */
    public Gazetteer with(Gazetteer other) {
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.putAll(other.labels);
        return new Gazetteer(all);
    }

    /** This gazetteer without the given names. */
    public Gazetteer without(java.util.Collection<String> names) {
        Map<String, String> all = new LinkedHashMap<>(labels);
        names.forEach(all::remove);
        return new Gazetteer(all);
    }

    public int size() {
        return labels.size();
    }

    public Optional<String> labelOf(String name) {
        return Optional.ofNullable(labels.get(name));
    }

    /** Longest whole-word matches, left to right, not overlapping each other. */
    public List<Match> matches(String text) {
        List<Match> out = new ArrayList<>();
        forEachMatch(text, (start, end, name, label) -> out.add(new Match(start, end, name, label)));
        return out;
    }

    /** The matches of {@link #matches}, in the same order, handed over without a {@link Match} each. */
    public void forEachMatch(String text, MatchSink sink) {
        int i = 0;
        int n = text.length();
        int words = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            if ((++words & 255) == 0) {
                GiveWay.checkpoint();
            }
            int we = i;
            while (we < n && Character.isLetterOrDigit(text.charAt(we))) {
                we++;
            }
            // no substring of the word: this runs for every word of the text
            List<String> candidates = firstChars.get(text.charAt(i)) ? byFirstWord.get(text, i, we) : null;
            int found = -1;
            if (candidates != null) {
                for (int c = 0; c < candidates.size(); c++) { // no iterator per word: this loop calls out
                    String name = candidates.get(c);
                    int end = i + name.length();
                    if (text.startsWith(name, i) && (end >= n || !Character.isLetterOrDigit(text.charAt(end))
                            || !Character.isLetterOrDigit(name.charAt(name.length() - 1)))) {
                        sink.match(i, end, name, labels.get(name));
                        found = end;
                        break;
                    }
                }
            }
            i = found >= 0 ? found : we;
        }
    }

    /** The names keyed by first word, open-addressed so that a word of a text is looked up where it stands. */
    private static final class FirstWords {

        private final String[] words;
        private final List<?>[] names;
        private final int mask;

        FirstWords(Map<String, List<String>> byFirstWord) {
            int size = Integer.highestOneBit(Math.max(1, byFirstWord.size()) * 2) * 2;
            words = new String[size];
            names = new List<?>[size];
            mask = size - 1;
            byFirstWord.forEach((word, list) -> {
                int slot = spread(word.hashCode()) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = word;
                names[slot] = List.copyOf(list);
            });
        }

        /** The names whose first word is {@code text[from, to)}, longest first; null if none. */
        @SuppressWarnings("unchecked")
        List<String> get(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int length = to - from;
            for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (words[slot].length() == length && text.regionMatches(from, words[slot], 0, length)) {
                    return (List<String>) names[slot];
                }
            }
            return null;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }

    private static String firstWord(String name) {
        int e = 0;
        while (e < name.length() && Character.isLetterOrDigit(name.charAt(e))) {
            e++;
        }
        return name.substring(0, e);
    }
}
