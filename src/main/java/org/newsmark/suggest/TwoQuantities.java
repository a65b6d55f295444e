package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range-shaped core that holds two quantities, not one: a change and the level it reached ({@code 12% to $45.30},
 * {@code 5 percent to 1,200}), or one sum in two currencies ({@code US$8000 or €7000}, {@code GBP738 thousand or
 * USD910 thousand}), or a year and a count after a dash ({@code 2013 - four months}). A range of one quantity stays
 * whole ({@code 6% to 11%}, {@code $5 or $6}).
 */
final class TwoQuantities {

    private TwoQuantities() {
    }

    /** Where the first quantity ends and the second starts, relative to the core's start. */
    record Split(int firstEnd, int secondStart) {
    }

    private static final String TO = " to ";
    private static final String OR = " or ";

    /** {@code May 2013 - four months after}: a year, a dash set off by spaces, then a spelt-out count. */
    private static final Pattern YEAR_DASH_WORD =
            Pattern.compile("(?:1[89]\\d\\d|20\\d\\d)( [-–] )\\p{L}.*", Pattern.DOTALL);

    static Optional<Split> in(String core) {
        Matcher yearDash = YEAR_DASH_WORD.matcher(core);
        if (yearDash.matches()) {
            return Optional.of(new Split(yearDash.start(1), yearDash.end(1)));
        }
        int to = core.indexOf(TO);
        if (to >= 0 && isChangeAndLevel(core.substring(0, to), core.substring(to + TO.length()))) {
            return Optional.of(new Split(to, to + TO.length()));
        }
        for (String joiner : new String[] {OR, TO}) {
            int at = core.indexOf(joiner);
            if (at >= 0 && inTwoCurrencies(core.substring(0, at), core.substring(at + joiner.length()))) {
                return Optional.of(new Split(at, at + joiner.length()));
            }
        }
        return Optional.empty();
    }

    private static boolean isChangeAndLevel(String left, String right) {
        return isShare(left) && !isShare(right) && Character.isDigit(left.charAt(0))
                // fell 0.3 percentage points to 2.4%: the change in points, then the level it reached
                || isPoints(left) && isShare(right);
    }

    private static boolean isPoints(String amount) {
        String lower = amount.toLowerCase(Locale.ROOT);
        return lower.endsWith("point") || lower.endsWith("points");
    }

    private static boolean isShare(String amount) {
        String lower = amount.toLowerCase(Locale.ROOT);
        return lower.endsWith("%") || lower.endsWith("cent");
    }

    /** Both amounts written with a currency before them, and the two differ. */
    private static boolean inTwoCurrencies(String left, String right) {
        String first = currency(left);
        String second = currency(right);
        return !first.isEmpty() && !second.isEmpty() && !first.equals(second);
    }

    /** What stands before an amount's first digit: {@code US$}, {@code €}, {@code GBP}; empty for a bare number. */
    private static String currency(String amount) {
        int d = 0;
        while (d < amount.length() && !Character.isDigit(amount.charAt(d))) {
            d++;
        }
        String sign = amount.substring(0, d).strip();
        return d < amount.length() && !sign.isEmpty() && sign.chars().noneMatch(Character::isLowerCase) ? sign : "";
    }
}
