package org.newsmark.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsmark.model.LabelScheme;

/**
 * CoNLL-2003 style IOB2: {@code -DOCSTART- -X- -X- O} and a blank line before each document, one
 * {@code TOKEN TAG} line per token, a blank line between sentences. A document read from CoNLL
 * ({@link ConllOrigin}) is written with its own tokens, sentences, {@code -DOCSTART-} line, middle
 * columns and tag scheme, so an unedited one comes out line for line as it came in; a token is split
 * only where an edited span starts or ends inside it (reported). Other documents get their tokens and
 * sentences from {@link Tokenizer}. No sentence break is written inside a span, so spans survive a
 * re-import. Spans are widened to whole tokens, overlapping spans resolved by
 * {@link NestedSpanResolver}, relations dropped; all of it counted in the report. The first document
 * fixes the number of columns of the file; later ones are padded with {@code -X-} or cut to it.
 */
public final class ConllWriter extends TextStreamWriter {

    static final String DOCSTART = ConllOrigin.DEFAULT_DOCSTART;
    private static final String PAD = "-X-";
    private static final Pattern COLUMNS = Pattern.compile("[ \\t]+");

    /** Middle columns of every token line of the file, fixed by the first document; -1 before it. */
    private int fileColumns = -1;

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
        String text = sel.text();
        Optional<ConllOrigin> origin = ConllOrigin.in(sel.document().document().metadata());
        Optional<ConllTokens> own = origin.flatMap(o -> ConllTokens.original(text, o, sel.spans()));
        if (origin.isPresent() && own.isEmpty()) {
            tally.warn("document '" + sel.name() + "': its CoNLL tokens do not fit its text, tokenised afresh");
        }
        ConllTokens tokens = own.orElseGet(() -> ConllTokens.fresh(text));
        if (tokens.splits() > 0) {
            tally.warn("document '" + sel.name() + "': " + tokens.splits()
                    + " tokens split where a span starts or ends inside them (a re-import gets a different text)");
        }
        boolean iob1 = own.isPresent() && origin.get().iob1();
        List<TokenAlignment.Aligned> aligned = TokenAlignment.align(sel, tokens.tokenization(), tally);
        NestedSpanResolver.Resolution res = NestedSpanResolver.resolve(aligned, tokens.size(), options.nested(), tally);
        int[] owner = res.ownerOfToken();
        String[] columns = columnsOf(sel, tokens);
        // one document is built in memory and written at once: a write per character through the
        // (locking) Writer cost more than the tokenising
        Tokenization tok = tokens.tokenization();
        StringBuilder doc = new StringBuilder(text.length() * 3 + 64)
                .append(own.isPresent() ? origin.get().docstartLine() : DOCSTART).append("\n\n");
        int breaksInSpans = 0;
        for (int t = 0; t < tokens.size(); t++) {
            boolean sentenceEnds = t > 0 && tokens.sentence(t) != tokens.sentence(t - 1);
            boolean newSentence = sentenceEnds && (owner[t] < 0 || owner[t] != owner[t - 1]);
            if (newSentence) {
                doc.append('\n');
            } else if (sentenceEnds) {
                breaksInSpans++;
            }
            doc.append(text, tok.start(t), tok.end(t)).append(' ');
            if (columns != null) {
                doc.append(columns[t]).append(' ');
            }
            if (owner[t] < 0) {
                doc.append('O');
            } else {
                TokenAlignment.Aligned a = res.kept().get(owner[t]);
                boolean begin = t == a.firstToken()
                        && (!iob1 || t > 0 && !newSentence && owner[t - 1] >= 0
                            && res.kept().get(owner[t - 1]).span().label().equals(a.span().label()));
                doc.append(begin ? "B-" : "I-").append(a.span().label());
            }
            doc.append('\n');
        }
        if (tokens.size() > 0) {
            doc.append('\n');
        }
        if (breaksInSpans > 0 && tokens.ownSentences()) {
            tally.warn("document '" + sel.name() + "': " + breaksInSpans
                    + " sentence breaks inside a span not written (the span would not survive them)");
        }
        out().append(doc);
        tally.spansWritten(res.kept().size());
        tally.dropRelations("CoNLL cannot carry relations", sel.relations().size());
    }

    /**
     * The middle columns of each token, as many as the file's first document has (padded with
     * {@code -X-} or cut, with a warning); null when the file has none.
     */
    private String[] columnsOf(ExportSelection sel, ConllTokens tokens) {
        int n = tokens.size();
        String[][] parts = tokens.hasColumns() ? new String[n][] : null;
        int most = 0;
        for (int t = 0; parts != null && t < n; t++) {
            String middle = tokens.middle(t).orElse("").strip();
            parts[t] = middle.isEmpty() ? new String[0] : COLUMNS.split(middle);
            most = Math.max(most, parts[t].length);
        }
        if (fileColumns < 0) {
            fileColumns = most;
        }
        if (fileColumns == 0) {
            if (most > 0) {
                tally.warn("document '" + sel.name() + "': its middle columns not written (the file has none)");
            }
            return null;
        }
        boolean padded = false;
        boolean cut = false;
        String[] out = new String[n];
        for (int t = 0; t < n; t++) {
            StringBuilder sb = new StringBuilder();
            String[] have = parts == null ? new String[0] : parts[t];
            for (int c = 0; c < fileColumns; c++) {
                if (c > 0) {
                    sb.append(' ');
                }
                sb.append(c < have.length ? have[c] : PAD);
            }
            padded |= have.length < fileColumns;
            cut |= have.length > fileColumns;
            out[t] = sb.toString();
        }
        if (padded || cut) {
            tally.warn("document '" + sel.name() + "': middle columns " + (padded ? "padded with " + PAD : "")
                    + (padded && cut ? " or " : "") + (cut ? "cut" : "") + " to the file's " + fileColumns);
        }
        return out;
    }
}
