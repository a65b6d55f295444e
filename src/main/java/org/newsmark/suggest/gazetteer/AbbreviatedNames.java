package org.newsmark.suggest.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the text gives with their abbreviation, {@code Organisation for Security and Cooperation in
 * Europe (OSCE)}, and every other mention of those names: a place inside such a name is part of the
 * name of a body, not a place of its own.
 */
public final class AbbreviatedNames {

    private static final String WORD = "\\p{Lu}[\\p{L}'-]*";
    /** Capitalised words joined by the small words of names, then an abbreviation in brackets. */
    private static final Pattern DEFINED = Pattern.compile("\\b(" + WORD + "(?: (?:" + WORD + "|of|for|and|in|on|the|&))*"
            + " " + WORD + ") \\((\\p{Lu}{2,8})\\)");
    private static final int MIN_CAPITALISED = 3;

    /** Where a name of a body, given once with its abbreviation, occurs in the text. */
    public record Range(int start, int end) {
    }

    private AbbreviatedNames() {
    }

    /** The occurrences, in text order, of every name the text abbreviates. */
    public static List<Range> in(String text) {
        if (!hasBracketedAbbreviation(text)) {
            return List.of(); // the name pattern is tried at every capital: skipped where its end cannot occur
        }
        List<String> names = new ArrayList<>();
        // as find() would, but tried only at capitals, where every match starts
        Matcher m = DEFINED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i >= from && Character.isUpperCase(text.charAt(i)) && m.region(i, text.length()).lookingAt()) {
                String name = trimmed(m.group(1), m.group(2));
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
                from = m.end();
            }
        }
        List<Range> out = new ArrayList<>();
        for (String name : names) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                out.add(new Range(i, i + name.length()));
            }
        }
        return out;
    }

    /** Whether {@code " (XY)"}, two to eight capitals in brackets after a space, occurs anywhere. */
    private static boolean hasBracketedAbbreviation(String text) {
        for (int open = text.indexOf(" ("); open >= 0; open = text.indexOf(" (", open + 2)) {
            int k = open + 2;
            while (k < text.length() && Character.isUpperCase(text.charAt(k)) && k - open - 2 < 8) {
                k++;
            }
            if (k - open - 2 >= 2 && k < text.length() && text.charAt(k) == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code run} from the one the abbreviation starts with, if its letters follow the initials
     * of at least three capitalised words in order; otherwise empty. The latest such word is taken: in
     * {@code Nikki Holland of the UK's National Crime Agency (NCA)} the name starts at {@code National}.
     */
    private static String trimmed(String run, String abbreviation) {
        String[] words = run.split(" ");
        for (int from = words.length - 1; from >= 0; from--) {
            if (words[from].charAt(0) != abbreviation.charAt(0)) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int k = from; k < words.length; k++) {
                if (Character.isUpperCase(words[k].charAt(0))) {
                    initials.append(words[k].charAt(0));
                }
            }
            if (initials.length() >= MIN_CAPITALISED && subsequence(abbreviation, initials.toString())) {
                int offset = 0;
                for (int k = 0; k < from; k++) {
                    offset += words[k].length() + 1;
                }
                return run.substring(offset);
            }
        }
        return "";
    }

    private static boolean subsequence(String letters, String initials) {
        int j = 0;
        String upper = letters.toUpperCase(Locale.ROOT);
        for (int i = 0; i < initials.length() && j < upper.length(); i++) {
            if (initials.charAt(i) == upper.charAt(j)) {
                j++;
            }
        }
        return j == upper.length();
    }
}
