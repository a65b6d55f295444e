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

    private final Map<String, String> labels;
    private final Map<String, List<String>> byFirstWord;
    /** The first characters of the keys of {@code byFirstWord}: most words of a text start with none of them. */
    private final BitSet firstChars = new BitSet();

    private Gazetteer(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
        Map<String, List<String>> index = new HashMap<>();
        for (String name : labels.keySet()) {
            index.computeIfAbsent(firstWord(name), k -> new ArrayList<>()).add(name);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        this.byFirstWord = Map.copyOf(index);
        byFirstWord.keySet().stream().filter(k -> !k.isEmpty()).forEach(k -> firstChars.set(k.charAt(0)));
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
            // no substring for a word no name starts with: this runs for every word of the text
            List<String> candidates = firstChars.get(text.charAt(i)) ? byFirstWord.get(text.substring(i, we)) : null;
            Match found = null;
            if (candidates != null) {
                for (String name : candidates) {
                    int end = i + name.length();
                    if (text.startsWith(name, i) && (end >= n || !Character.isLetterOrDigit(text.charAt(end))
                            || !Character.isLetterOrDigit(name.charAt(name.length() - 1)))) {
                        found = new Match(i, end, name, labels.get(name));
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i = we;
            }
        }
        return out;
    }

    private static String firstWord(String name) {
        int e = 0;
        while (e < name.length() && Character.isLetterOrDigit(name.charAt(e))) {
            e++;
        }
        return name.substring(0, e);
    }
}
