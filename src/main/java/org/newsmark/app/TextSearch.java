package org.newsmark.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsmark.model.TextRange;

/** Finds text in an article: plain or regular expression, optionally whole words and case-sensitive. */
public final class TextSearch {

    /** How to search. */
    public record Query(String text, boolean regex, boolean wholeWord, boolean matchCase) {

        public static Query plain(String text) {
            return new Query(text, false, false, false);
        }

        public Pattern pattern() {
            String body = regex ? text : Pattern.quote(text);
            if (wholeWord) {
                body = "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])";
            }
            int flags = Pattern.UNICODE_CASE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE);
            return Pattern.compile(body, flags);
        }
    }

    private TextSearch() {
    }

    /**
     * Every non-empty, non-overlapping hit in order. An invalid regular expression throws
     * {@link IllegalArgumentException} with the pattern's own explanation.
     */
    public static List<TextRange> find(String text, Query query) {
        if (query.text().isEmpty()) {
            return List.of();
        }
        Pattern pattern;
        try {
            pattern = query.pattern();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid regular expression: " + e.getDescription(), e);
        }
        List<TextRange> hits = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                hits.add(new TextRange(matcher.start(), matcher.end()));
            }
        }
        return hits;
    }
}
