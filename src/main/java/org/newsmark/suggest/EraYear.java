package org.newsmark.suggest;

import java.util.regex.Pattern;

/** {@code 753 BC}, {@code about 664 b.c.e. to 250 c.e.}, {@code AD 79}: a year of an era is a date, not a figure. */
final class EraYear {

    private EraYear() {
    }

    /** The era after the number: capitals with or without full stops, small letters only with them. */
    private static final Pattern ERA_AFTER = Pattern.compile(" ?(?:B\\.?C\\.?(?:E\\.?)?|A\\.?D\\.?|C\\.?E\\.?"
            + "|b\\.c\\.(?:e\\.)?|a\\.d\\.|c\\.e\\.)(?![\\p{L}\\d-])");
    private static final Pattern ERA_BEFORE = Pattern.compile("(?:AD|A\\.D\\.) $");
    private static final int LONGEST_ERA_BEFORE = "A.D. ".length();

    /** Whether the number from {@code start} to {@code end} is a year with its era written beside it. */
    static boolean at(String text, int start, int end) {
        if (AnchoredScan.at(ERA_AFTER, text, end).isPresent()) {
            return true;
        }
        int from = Math.max(0, start - LONGEST_ERA_BEFORE);
        return ERA_BEFORE.matcher(text).region(from, start).find();
    }
}
