package org.newsmark.suggest;

import java.util.List;
import java.util.Set;

/**
 * An approximator written after the number: {@code 2,000 or so fans}, {@code six or more bodies}, {@code $200 or less}, {@code 30+ years},
 * {@code 40-odd passengers}, {@code 200-plus cars}, {@code aged 45 and older}. It belongs to the figure, and the counted noun follows it.
 */
final class ApproximateSuffix {

    private ApproximateSuffix() {
    }

    private static final List<String> WORDS = List.of(" or more", " or less", " or fewer", " or so", "-odd", "-plus");
    /** Voters aged 45 and older, children 12 and under: an open bound, as {@code or more} is. */
    private static final List<String> BOUNDS = List.of(" and over", " or over", " and above", " or above", " and older",
            " or older", " and up", " and under", " or under", " and younger", " or younger");
    /** Words after which {@code up}, {@code over} or {@code under} was a preposition: {@code the two and up to 20 percent}. */
    private static final Set<String> PHRASE_GOES_ON = Set.of("to", "the", "a", "an", "his", "her", "their", "its", "this",
            "that", "of");

    /** Where the suffix after a number ending at {@code end} ends, or {@code end} when there is none. */
    static int end(String text, int end) {
        if (end < text.length() && text.charAt(end) == '+') {
            // 30+ years, 2500+ points; 2+2 is a sum, and a letter or digit after the sign is no suffix
            return end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)) ? end + 1 : end;
        }
        for (String word : WORDS) {
            int after = end + word.length();
            if (text.startsWith(word, end) && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return after;
            }
        }
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || text.charAt(end + 1) != 'a' && text.charAt(end + 1) != 'o') {
            return end; // most numbers have no bound after them: no loop over the bounds
        }
        for (String word : BOUNDS) {
            int after = end + word.length();
            if (text.startsWith(word, end) && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))
                    && !(text.startsWith(" ", after) && CountedNoun.wordAt(text, after + 1).filter(PHRASE_GOES_ON::contains)
                            .isPresent())
                    && !(text.startsWith(" ", after) && after + 1 < text.length() && Character.isDigit(text.charAt(after + 1)))) {
                return after;
            }
        }
        return end;
    }
}
