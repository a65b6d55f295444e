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
        out.write(DOCSTART);
        out.write("\n\n");
        for (int t = 0; t < tokens.size(); t++) {
            boolean newSentence = t > 0 && tokens.sentence(t) != tokens.sentence(t - 1)
                    && (owner[t] < 0 || owner[t] != owner[t - 1]);
            if (newSentence) {
                out.write('\n');
            }
            out.write(tokens.text(t));
            out.write(' ');
            if (owner[t] < 0) {
                out.write('O');
            } else {
                TokenAlignment.Aligned a = res.kept().get(owner[t]);
                out.write(t == a.firstToken() ? "B-" : "I-");
                out.write(a.span().label());
            }
            out.write('\n');
        }
        if (tokens.size() > 0) {
            out.write('\n');
        }
        tally.spansWritten(res.kept().size());
        tally.dropRelations("CoNLL cannot carry relations", sel.relations().size());
    }
}
