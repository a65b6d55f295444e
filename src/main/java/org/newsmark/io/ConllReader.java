package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoNLL files in IOB2 or IOB1: columns separated by spaces or TABs, the token first, the tag
 * last; {@code -DOCSTART-} starts a document, a blank line ends a sentence. The text is rebuilt as
 * the tokens joined by one space, sentences by a line break, so the same file always gives the same
 * text (re-imports are recognised) and the tokens can be found again. Every token line must have as
 * many columns as the first one of the file. The {@code -DOCSTART-} line, the middle columns and the
 * tag scheme are kept in the document's metadata ({@link ConllOrigin}) for the writer.
 */
public final class ConllReader implements DatasetReader {

    private static final Pattern COLUMNS = Pattern.compile("[ \\t]+");
    private static final Pattern TAG = Pattern.compile("(?:([BI])-(\\S+))|O");

    /** One token line: the token, its middle columns (joined by a space), its type (empty for O), whether B-. */
    private record TokenLine(int line, String token, String middle, String type, boolean begin) {
    }

    @Override
    public ImportBatch read(List<Path> inputs, ImportOptions options) throws DatasetException, IOException {
        return read(inputs, options, new ImportCollector());
    }

    @Override
    public ImportBatch read(List<Path> inputs, ImportOptions options, DocumentSink sink)
            throws DatasetException, IOException {
        return read(inputs, options, new ImportCollector(sink));
    }

    private ImportBatch read(List<Path> inputs, ImportOptions options, ImportCollector collector)
            throws DatasetException, IOException {
        for (Path file : InputFiles.expand(inputs, Set.of("conll", "iob", "bio", "txt", "tsv"))) {
            readFile(file, collector);
        }
        return collector.batch();
    }

    private void readFile(Path file, ImportCollector collector) throws DatasetException, IOException {
        List<List<TokenLine>> sentences = new ArrayList<>();
        List<TokenLine> sentence = new ArrayList<>();
        int[] columns = {0, 0};
        int[] ordinal = {0};
        String[] docstart = {null};
        StrictText.forEachLine(file, line -> {
            String text = line.text().strip();
            if (text.isEmpty()) {
                endSentence(sentences, sentence);
                return;
            }
            String[] cols = COLUMNS.split(text);
            if (cols[0].equals("-DOCSTART-")) {
                endSentence(sentences, sentence);
                if (!sentences.isEmpty()) {
                    emit(file, ++ordinal[0], sentences, docstart[0], collector);
                }
                docstart[0] = String.join(" ", cols);
                return;
            }
            sentence.add(parse(file, line.number(), cols, columns));
        });
        endSentence(sentences, sentence);
        if (!sentences.isEmpty()) {
            emit(file, ++ordinal[0], sentences, docstart[0], collector);
        }
        if (ordinal[0] == 0) {
            throw new DatasetException(file, 0, "no tokens in the file");
        }
    }

    private static TokenLine parse(Path file, int line, String[] cols, int[] columns) throws DatasetException {
        if (cols.length < 2) {
            throw new DatasetException(file, line, "expected a token and a tag separated by a space or TAB");
        }
        String tag = cols[cols.length - 1];
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            throw new DatasetException(file, line, "tag '" + tag + "' is not O, B-TYPE or I-TYPE");
        }
        if (columns[0] == 0) {
            columns[0] = cols.length;
            columns[1] = line;
        } else if (cols.length != columns[0]) {
            throw new DatasetException(file, line, "found " + cols.length + " columns, expected " + columns[0]
                    + " like line " + columns[1]);
        }
        String middle = String.join(" ", Arrays.asList(cols).subList(1, cols.length - 1));
        return new TokenLine(line, cols[0], middle, m.group(2) == null ? "" : m.group(2), "B".equals(m.group(1)));
    }

    private static void endSentence(List<List<TokenLine>> sentences, List<TokenLine> sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
            sentence.clear();
        }
    }

    /**
     * Builds one document from its sentences (IOB1 and IOB2 alike) and clears the list. The tags are
     * taken as IOB1 when an entity starts with I- and every B- follows an entity of its type.
     */
    private static void emit(Path file, int ordinal, List<List<TokenLine>> sentences, String docstart,
                             ImportCollector collector) throws DatasetException {
        StringBuilder text = new StringBuilder();
        record Pending(int line, int start, int end, String type) {
        }
        List<Pending> spans = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean startsWithI = false;
        boolean startsWithB = false;
        for (List<TokenLine> sentence : sentences) {
            if (text.length() > 0) {
                text.append('\n');
            }
            Pending open = null;
            for (int i = 0; i < sentence.size(); i++) {
                TokenLine t = sentence.get(i);
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(t.token());
                if (!t.middle().isEmpty()) {
                    columns.add(t.middle());
                }
                boolean continues = open != null && !t.begin() && t.type().equals(open.type());
                if (!t.type().isEmpty() && !continues) {
                    boolean afterSameType = open != null && t.type().equals(open.type());
                    startsWithI |= !t.begin();
                    startsWithB |= t.begin() && !afterSameType;
                }
                if (open != null && !continues) {
                    spans.add(open);
                    open = null;
                }
                if (continues) {
                    open = new Pending(open.line(), open.start(), text.length(), open.type());
                } else if (!t.type().isEmpty()) {
                    open = new Pending(t.line(), start, text.length(), t.type());
                }
            }
            if (open != null) {
                spans.add(open);
            }
        }
        DocumentAssembler doc = new DocumentAssembler(file, text.toString(), OffsetUnit.UTF16, "conll", collector);
        for (Pending p : spans) {
            doc.addUtf16Span(p.line(), p.start(), p.end(), p.type());
        }
        sentences.clear();
        ConllOrigin origin = new ConllOrigin(Optional.ofNullable(docstart), columns, startsWithI && !startsWithB);
        collector.add(doc.build(InputFiles.nameFor(file, ordinal), origin.toMetadata()));
    }
}
