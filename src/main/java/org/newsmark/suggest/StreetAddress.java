package org.newsmark.suggest;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;

/**
 * A street address with its house number, {@code 10 Downing Street} or {@code 36 Quai des Orfèvres}: a
 * place, and its number no figure.
 */
final class StreetAddress {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,4}[A-Za-z]? (?:(?:" + NAME + " ){1,3}"
            + "(?:Street|Road|Avenue|Lane|Boulevard|Drive|Place|Square|Terrace|Crescent|Row)"
            + "|(?:Quai|Rue|Avenue|Boulevard|Place|Via|Calle|Avenida|Rua) (?:(?:des|de|du|la|le|del|della|do|da) )?"
            + NAME + ")\\b");

    private StreetAddress() {
    }

    /** The address whose house number starts at {@code numberStart}. */
    static Optional<TextRange> at(String text, int numberStart) {
        if (numberStart > 0 && Character.isLetterOrDigit(text.charAt(numberStart - 1))) {
            return Optional.empty();
        }
        return AnchoredScan.at(ADDRESS, text, numberStart).map(StreetAddress::range);
    }

    /** Every address in the text, given where its words start ({@link AnchoredScan#wordStarts}). */
    static java.util.List<TextRange> all(String text, int[] wordStarts) {
        java.util.List<TextRange> out = new java.util.ArrayList<>();
        // a word start is a letter or digit with neither before it: an address starts at one that is a digit
        AnchoredScan.forEachMatchAt(ADDRESS, text, wordStarts, i -> Character.isDigit(text.charAt(i)), m -> out.add(range(m)));
        return out;
    }

    private static TextRange range(MatchResult m) {
        return new TextRange(m.start(), m.end());
    }
}
