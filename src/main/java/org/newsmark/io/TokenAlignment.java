package org.newsmark.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Span;

/**
 * Puts the spans of a selection on token boundaries: a span that starts or ends inside a token is
 * widened to the enclosing tokens (counted as extended); a span holding no token is dropped.
 * Shared by the Prodigy and CoNLL writers.
 */
final class TokenAlignment {

    static final String NO_TOKEN = "span holds no token (only spaces or line breaks)";

    /** A span and the tokens it covers; {@code start}/{@code end} are the tokens' UTF-16 bounds. */
    record Aligned(Span span, int firstToken, int lastToken, int start, int end) {
        int tokenCount() {
            return lastToken - firstToken + 1;
        }
    }

    private TokenAlignment() {
    }

    static List<Aligned> align(ExportSelection selection, Tokenization tokens, ExportTally tally) {
        List<Aligned> out = new ArrayList<>(selection.spans().size());
        for (Span s : selection.spans()) {
            Optional<Tokenization.TokenRange> cover = tokens.cover(s.start(), s.end());
            if (cover.isEmpty()) {
                tally.dropSpans(NO_TOKEN, 1);
                continue;
            }
            int first = cover.get().first();
            int last = cover.get().last();
            Aligned a = new Aligned(s, first, last, tokens.start(first), tokens.end(last));
            if (a.start() != s.start() || a.end() != s.end()) {
                tally.extended();
            }
            out.add(a);
        }
        return out;
    }
}
