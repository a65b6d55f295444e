package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A block quote credited on a line of its own after it: an indented paragraph, then {@code – European Court of
 * Justice} or {@code —Maria Lopez, union leader}. The paragraph is the named speaker's quote. Only an indented
 * paragraph, or one that is a single quote in marks, counts: a credit line after ordinary prose belongs to a pull
 * quote the text no longer holds. A credit on the quote's own line ({@code "…" – Maria Lopez}) names its speaker.
 */
final class BlockQuoteCredit {

    private static final String DASHES = "–—―";
    private static final String OPENING_MARKS = "\"“«„";
    private static final String CLOSING_MARKS = "\"”»“";
    /** The longest credit line: a name, a role or an outlet after a comma. */
    private static final int MAX_CREDIT = 100;

    private BlockQuoteCredit() {
    }

    /** Every credited block quote of {@code text}, in text order (a scan for the dash characters only). */
    static List<Attribution> find(String text) {
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (DASHES.indexOf(text.charAt(i)) >= 0) {
                credit(text, i).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Attribution> credit(String text, int dash) {
        int lineStart = dash;
        while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\u00A0')) {
            lineStart--; // spaces, also no-break ones: "…."\u00A0\u00A0— Name
        }
        int lineEnd = lineEnd(text, dash);
        if (lineEnd - dash > MAX_CREDIT) {
            return Optional.empty();
        }
        Optional<TextRange> speaker = creditedName(text, dash + 1, lineEnd);
        if (lineStart > 0 && CLOSING_MARKS.indexOf(text.charAt(lineStart - 1)) >= 0) {
            // "…," – Maria Lopez: a credit after the closing mark on the quote's own line
            return speaker.map(sp -> new Attribution(sp, new TextRange(dash, dash + 1), false, Optional.empty(), lineEnd));
        }
        if (lineStart == 0 || text.charAt(lineStart - 1) != '\n') {
            return Optional.empty();
        }
        Optional<TextRange> paragraph = indentedParagraphBefore(text, lineStart - 1);
        if (speaker.isEmpty() || paragraph.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(speaker.get(), new TextRange(dash, dash + 1), false, paragraph, lineEnd));
    }

    /** Where the line of {@code from} ends, looking no further than a credit's length. */
    private static int lineEnd(String text, int from) {
        int e = from;
        while (e < text.length() && text.charAt(e) != '\n' && e - from <= MAX_CREDIT) {
            e++;
        }
        return e;
    }

    /**
     * The credit up to its first comma ({@code Maria Lopez, union leader} → {@code Maria Lopez}): a capitalised phrase
     * of a few words, as credit lines hold a name or a role, not a sentence.
     */
    private static Optional<TextRange> creditedName(String text, int lineFrom, int lineEnd) {
        int from = lineFrom;
        while (from < lineEnd && (text.charAt(from) == ' ' || Character.getType(text.charAt(from)) == Character.FORMAT)) {
            from++; // "— \u200dAparna Garg": a zero-width joiner before the name
        }
        int end = from;
        while (end < lineEnd && text.charAt(end) != ',') {
            end++;
        }
        TextRange name = new TextRange(from, end).trimmedIn(text);
        String s = name.of(text);
        boolean phrase = TextScan.startsUpper(s) && s.split(" ").length <= MAX_CREDIT_WORDS
                && s.chars().noneMatch(c -> c == '.' || c == '"' || c == '“' || c == ':')
                && java.util.Arrays.stream(s.split(" ")).noneMatch(SpeechVocabulary.BARE_CLAUSE_VERBS::contains);
        return phrase ? Optional.of(name) : Optional.empty();
    }

    private static final int MAX_CREDIT_WORDS = 6;

    /** The paragraph that ends before the blank lines at {@code newline}, when it starts with a space. */
    private static Optional<TextRange> indentedParagraphBefore(String text, int newline) {
        int end = newline;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        if (start <= 0 || start >= end) {
            return Optional.empty();
        }
        if (OPENING_MARKS.indexOf(text.charAt(start)) >= 0 && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0
                && end - start > 2) {
            return Optional.of(new TextRange(start + 1, end - 1)); // a paragraph that is one quote in marks
        }
        if (text.charAt(start) != ' ') {
            return Optional.empty();
        }
        TextRange p = new TextRange(start, end).trimmedIn(text);
        return p.length() < 8 ? Optional.empty() : Optional.of(p);
    }
}
