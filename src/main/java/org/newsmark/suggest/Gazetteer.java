package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The first characters of the keys of {@code byFirstWord} (and the edits'): most words of a text start with none of them. */
    private final BitSet firstChars;
    /** Names added and taken out since {@code byFirstWord} was built ({@link #edited}); none for most gazetteers. */
    private final Edits edits;

    private Gazetteer(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
        Map<String, List<String>> index = new HashMap<>();
        for (String name : labels.keySet()) {
            index.computeIfAbsent(firstWord(name), k -> new ArrayList<>()).add(name);
        }
        this.byFirstWord = new FirstWords(index);
        this.firstChars = new BitSet();
        index.keySet().stream().filter(k -> !k.isEmpty()).forEach(k -> firstChars.set(k.charAt(0)));
        this.edits = Edits.NONE;
    }

    private Gazetteer(Gazetteer base, Edits edits) {
        this.labels = base.labels;
        this.byFirstWord = base.byFirstWord;
        this.firstChars = (BitSet) base.firstChars.clone();
        edits.added().keySet().forEach(name -> firstChars.set(name.charAt(0)));
        this.edits = edits;
    }

    /**
     * The names added to the names a gazetteer was built with, those taken out of them, and the
     * candidates of every first word they start with, indexed again. A name added with the label it
     * was built with, or taken out when it was not there, is no edit.
     */
    private record Edits(Map<String, String> added, Set<String> removed, FirstWords byFirstWord) {
        static final Edits NONE = new Edits(Map.of(), Set.of(), null);

        int size() {
            return added.size() + removed.size();
        }
    }

    public static Gazetteer of(Map<String, String> nameToLabel) {
        return new Gazetteer(clean(nameToLabel));
    }

    /** The names stripped, without those that do not start with a letter or digit (they would never match). */
    private static Map<String, String> clean(Map<String, String> nameToLabel) {
        Map<String, String> clean = new LinkedHashMap<>();
        nameToLabel.forEach((n, l) -> {
            String name = n.strip();
            if (!name.isEmpty() && Character.isLetterOrDigit(name.charAt(0))) {
                clean.put(name, l);
            }
        });
        return clean;
    }

    public static Gazetteer empty() {
        return new Gazetteer(Map.of());
    }

    /** This gazetteer with the names of {@code other} added; {@code other} wins on conflicting labels. */
    public Gazetteer with(Gazetteer other) {
        Map<String, String> all = allLabels();
        all.putAll(other.allLabels());
        return new Gazetteer(all);
    }

    /** This gazetteer without the given names. */
    public Gazetteer without(Collection<String> names) {
        Map<String, String> all = allLabels();
        names.forEach(all::remove);
        return new Gazetteer(all);
    }

    /**
     * This gazetteer with {@code added} (name to label) and without {@code removed}, matching as one
     * built with those names would, but sharing this one's index: only the first words the edited names
     * start with are indexed again, so a few changes to 100,000 names cost a few look-ups, not a rebuild.
     * Each call re-indexes every edit since the build, so a caller making many builds a new one
     * ({@link #of}) once {@link #editCount()} grows.
     */
    public Gazetteer edited(Map<String, String> added, Collection<String> removed) {
        Map<String, String> nowAdded = new HashMap<>(edits.added());
        Set<String> nowRemoved = new HashSet<>(edits.removed());
        for (String name : removed) {
            String n = name.strip();
            nowAdded.remove(n);
            if (labels.containsKey(n)) {
                nowRemoved.add(n);
            }
        }
        clean(added).forEach((name, label) -> {
            nowRemoved.remove(name);
            if (label.equals(labels.get(name))) {
                nowAdded.remove(name);
            } else {
                nowAdded.put(name, label);
            }
        });
        Map<String, List<String>> candidates = new HashMap<>();
        for (String name : nowRemoved) {
            candidates.computeIfAbsent(firstWord(name), this::builtCandidates);
        }
        for (String name : nowAdded.keySet()) {
            List<String> list = candidates.computeIfAbsent(firstWord(name), this::builtCandidates);
            if (!list.contains(name)) { // added again with another label than it was built with
                list.add(name);
            }
        }
        candidates.values().forEach(list -> list.removeAll(nowRemoved));
        return new Gazetteer(this, new Edits(Map.copyOf(nowAdded), Set.copyOf(nowRemoved), new FirstWords(candidates)));
    }

    /** Names added or taken out by {@link #edited} since this gazetteer's index was built. */
    public int editCount() {
        return edits.size();
    }

    /** The names of {@code firstWord} as the index was built (without the edits), in a list of one's own. */
    private List<String> builtCandidates(String firstWord) {
        SortedNames built = byFirstWord.get(firstWord, 0, firstWord.length());
        return built == null ? new ArrayList<>() : new ArrayList<>(built.names());
    }

    private Map<String, String> allLabels() {
        Map<String, String> all = new LinkedHashMap<>(labels);
        edits.removed().forEach(all::remove);
        all.putAll(edits.added());
        return all;
    }

    public int size() {
        return labels.size() - edits.removed().size()
                + (int) edits.added().keySet().stream().filter(n -> !labels.containsKey(n)).count();
    }

    public Optional<String> labelOf(String name) {
        String added = edits.added().get(name);
        if (added != null || edits.removed().contains(name)) {
            return Optional.ofNullable(added);
        }
        return Optional.ofNullable(labels.get(name));
    }

    /** The label of a name found through the index (so not taken out). */
    private String indexedLabel(String name) {
        String added = edits.added().get(name);
        return added != null ? added : labels.get(name);
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
            SortedNames candidates = firstChars.get(text.charAt(i)) ? candidates(text, i, we) : null;
            String name = candidates == null ? null : candidates.longestAt(text, i, we - i);
            int found = -1;
            if (name != null) {
                found = i + name.length();
                sink.match(i, found, name, indexedLabel(name));
            }
            i = found >= 0 ? found : we;
        }
    }

    /** The names whose first word is {@code text[from, to)}, the edits' where they changed it; null if none. */
    private SortedNames candidates(String text, int from, int to) {
        if (edits.byFirstWord() != null) {
            SortedNames edited = edits.byFirstWord().get(text, from, to);
            if (edited != null) {
                return edited;
            }
        }
        return byFirstWord.get(text, from, to);
    }

    /** The names keyed by first word, open-addressed so that a word of a text is looked up where it stands. */
    private static final class FirstWords {

        private final String[] words;
        private final SortedNames[] names;
        private final int mask;

        FirstWords(Map<String, List<String>> byFirstWord) {
            int size = Integer.highestOneBit(Math.max(1, byFirstWord.size()) * 2) * 2;
            words = new String[size];
            names = new SortedNames[size];
            mask = size - 1;
            byFirstWord.forEach((word, list) -> {
                int slot = spread(word.hashCode()) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = word;
                names[slot] = SortedNames.of(list);
            });
        }

        /** The names whose first word is {@code text[from, to)}; null if none. */
        SortedNames get(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int length = to - from;
            for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (words[slot].length() == length && text.regionMatches(from, words[slot], 0, length)) {
                    return names[slot];
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
