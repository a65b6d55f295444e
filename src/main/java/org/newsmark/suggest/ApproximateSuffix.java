package org.newsmark.suggest;

import java.util.List;

/**
 * An approximator written after the number: {@code 2,000 or so fans}, {@code six or more bodies}, {@code $200 or less}, {@code 30+ years},
 * {@code 40-odd passengers}, {@code 200-plus cars}. It belongs to the figure, and the counted noun follows it.
 */
final class ApproximateSuffix {

    private ApproximateSuffix() {
    }

    private static final List<String> WORDS = List.of(" or more", " or less", " or fewer", " or so", "-odd", "-plus");

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
        return end;
    }
}
