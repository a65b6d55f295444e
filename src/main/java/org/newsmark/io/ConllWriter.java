package org.newsmark.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.newsmark.model.LabelScheme;

/**
 * CoNLL-2003 style IOB2: {@code -DOCSTART- -X- -X- O} and a blank line before each document, one
 * {@code TOKEN TAG} line per token, a blank line between sentences. Tokens and sentences come from
 * {@link Tokenizer}; no sentence break is written inside a span, so spans survive a re-import.
 * Spans are widened to whole tokens, overlapping spans resolved by {@link NestedSpanResolver},
 * relations dropped; all of it counted in the report.
 */
public final class ConllWriter extends TextStreamWriter {

    static final String DOCSTART = "-DOCSTART- -X- -X- O";

    public ConllWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    ConllWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    @Override
    protected boolean needsBareLabels() {
        return true;
    }

    @Override
    protected void writeDocument(ExportSelection sel, LabelScheme scheme) throws IOException {
        Tokenization tokens = Tokenizer.tokenize(sel.text());
        List<TokenAlignment.Aligned> aligned = TokenAlignment.align(sel, tokens, tally);
        NestedSpanResolver.Resolution res = NestedSpanResolver.resolve(aligned, tokens.size(), options.nested(), tally);
        int[] owner = res.ownerOfToken();
        // one document is built in memory and written at once: a write per character through the
        // (locking) Writer cost more than the tokenising
        String text = sel.text();
        StringBuilder doc = new StringBuilder(text.length() * 3 + 64).append(DOCSTART).append("\n\n");
        for (int t = 0; t < tokens.size(); t++) {
            boolean newSentence = t > 0 && tokens.sentence(t) != tokens.sentence(t - 1)
                    && (owner[t] < 0 || owner[t] != owner[t - 1]);
            if (newSentence) {
                doc.append('\n');
            }
            doc.append(text, tokens.start(t), tokens.end(t)).append(' ');
            if (owner[t] < 0) {
                doc.append('O');
            } else {
                TokenAlignment.Aligned a = res.kept().get(owner[t]);
                doc.append(t == a.firstToken() ? "B-" : "I-").append(a.span().label());
            }
            doc.append('\n');
        }
        if (tokens.size() > 0) {
            doc.append('\n');
        }
        out().append(doc);
        tally.spansWritten(res.kept().size());
        tally.dropRelations("CoNLL cannot carry relations", sel.relations().size());
    }
}
