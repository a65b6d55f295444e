package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoNLL files in IOB2 or IOB1: columns separated by spaces or TABs, the token first, the tag
 * last; {@code -DOCSTART-} starts a document, a blank line ends a sentence. The text is rebuilt as
 * the tokens joined by one space, sentences by a line break. Every token line must have as many
 * columns as the first one of the file.
 */
public final class ConllReader implements DatasetReader {

    private static final Pattern COLUMNS = Pattern.compile("[ \\t]+");
    private static final Pattern TAG = Pattern.compile("(?:([BI])-(\\S+))|O");

    /** One token line: the token, its entity type (empty for O), whether the tag is B-. */
    private record TokenLine(int line, String token, String type, boolean begin) {
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
                    emit(file, ++ordinal[0], sentences, collector);
                }
                return;
            }
            sentence.add(parse(file, line.number(), cols, columns));
        });
        endSentence(sentences, sentence);
        if (!sentences.isEmpty()) {
            emit(file, ++ordinal[0], sentences, collector);
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
        return new TokenLine(line, cols[0], m.group(2) == null ? "" : m.group(2), "B".equals(m.group(1)));
    }

    private static void endSentence(List<List<TokenLine>> sentences, List<TokenLine> sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
            sentence.clear();
        }
    }

    /** Builds one document from its sentences (IOB1 and IOB2 alike) and clears the list. */
    private static void emit(Path file, int ordinal, List<List<TokenLine>> sentences, ImportCollector collector)
            throws DatasetException {
        StringBuilder text = new StringBuilder();
        record Pending(int line, int start, int end, String type) {
        }
        List<Pending> spans = new ArrayList<>();
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
                boolean continues = open != null && !t.begin() && t.type().equals(open.type());
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
        collector.add(doc.build(InputFiles.nameFor(file, ordinal), Map.of()));
    }
}
