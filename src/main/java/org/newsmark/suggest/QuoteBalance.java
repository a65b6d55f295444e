package org.newsmark.suggest;

import java.util.Optional;

/**
 * Whether a stretch of text leaves a double quotation mark open: a reported clause that opens a partial
 * quote ({@code said the law has "condemned many women, …"}) does not end at a comma or a full stop inside it.
 */
final class QuoteBalance {

    private QuoteBalance() {
    }

    /** Whether a double quote opened in {@code [from, to)} is still open at {@code to}. */
    static boolean openAt(String text, int from, int to) {
        int depth = 0;
        boolean straight = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight = !straight;
            } else if (c == '“' || c == '„' || c == '«') {
                depth++;
            } else if ((c == '”' || c == '»') && depth > 0) {
                depth--;
            }
        }
        return straight || depth > 0;
    }

    /** The index of the first closing double mark at or after {@code from}, within {@code reach} and the paragraph. */
    static Optional<Integer> closingMark(String text, int from, int reach) {
        int limit = Math.min(text.length(), from + reach);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return Optional.empty();
            }
            if (c == '"' || c == '”' || c == '»') {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
