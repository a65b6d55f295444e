package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads brat standoff: every {@code NAME.txt} of the inputs with its {@code NAME.ann} (a missing
 * {@code .ann} means no annotations). T lines become spans (their text must match the {@code .txt}),
 * R lines relations (Arg1 = from, Arg2 = to). Fragments of a discontinuous T separated only by
 * spaces or line breaks are joined into one span; other discontinuous spans are imported fragment
 * by fragment and counted. E, A, M, N, # and * lines are skipped and counted by kind.
 */
public final class BratReader implements DatasetReader {

    private static final Map<Character, String> SKIPPED_KINDS = Map.of(
            'E', "brat E (event) line", 'A', "brat A (attribute) line", 'M', "brat M (attribute) line",
            'N', "brat N (normalisation) line", '#', "brat # (note) line", '*', "brat * (equivalence) line");

    @Override
    public ImportBatch read(List<Path> inputs, ImportOptions options) throws DatasetException, IOException {
        ImportCollector collector = new ImportCollector();
        Set<Path> texts = new LinkedHashSet<>();
        for (Path file : InputFiles.expand(inputs, Set.of("txt", "ann"))) {
            Path txt = file.resolveSibling(InputFiles.stem(file) + ".txt");
            if (!Files.isRegularFile(txt)) {
                throw new DatasetException(file, 0, "no " + txt.getFileName() + " beside this .ann file");
            }
            texts.add(txt);
        }
        for (Path txt : texts) {
            String text = StrictText.read(txt, false);
            Path ann = txt.resolveSibling(InputFiles.stem(txt) + ".ann");
            DocumentAssembler doc = new DocumentAssembler(ann, text, options.offsets(), "brat", collector);
            if (Files.isRegularFile(ann)) {
                readAnnotations(ann, doc, collector);
            }
            collector.add(doc.build(InputFiles.stem(txt), Map.of()));
        }
        return collector.batch();
    }

    private void readAnnotations(Path ann, DocumentAssembler doc, ImportCollector collector)
            throws DatasetException, IOException {
        String content = StrictText.read(ann, true);
        if (content.isBlank()) {
            return;
        }
        Map<String, Long> spanIds = new HashMap<>();
        List<StrictText.Line> relationLines = new ArrayList<>();
        StrictText.forEachLine(content, line -> {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            char kind = text.charAt(0);
            if (kind == 'T') {
                readTextBound(ann, line, doc, spanIds, collector);
            } else if (kind == 'R') {
                relationLines.add(line);
            } else {
                collector.skip(SKIPPED_KINDS.getOrDefault(kind, "brat line of unknown kind"));
            }
        });
        for (StrictText.Line line : relationLines) {
            readRelation(ann, line, doc, spanIds, collector);
        }
    }

    private static void readTextBound(Path ann, StrictText.Line line, DocumentAssembler doc, Map<String, Long> spanIds,
                                      ImportCollector collector) throws DatasetException {
        String[] fields = line.text().split("\t", 3);
        int space = fields.length < 2 ? -1 : fields[1].indexOf(' ');
        if (fields.length < 3 || space <= 0) {
            throw new DatasetException(ann, line.number(), "a T line must be 'ID<TAB>TYPE START END<TAB>TEXT'");
        }
        String type = fields[1].substring(0, space);
        List<long[]> fragments = new ArrayList<>();
        for (String part : fields[1].substring(space + 1).split(";")) {
            String[] se = part.strip().split(" ");
            try {
                fragments.add(new long[] {Long.parseLong(se[0]), Long.parseLong(se[se.length - 1])});
            } catch (NumberFormatException e) {
                throw new DatasetException(ann, line.number(), "bad offsets '" + part + "' in T line");
            }
            if (se.length != 2) {
                throw new DatasetException(ann, line.number(), "bad offsets '" + part + "' in T line");
            }
        }
        List<int[]> ranges = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (long[] f : fragments) {
            if (f[0] >= f[1]) {
                throw new DatasetException(ann, line.number(), "span [" + f[0] + ", " + f[1] + ") is empty or reversed");
            }
            int[] r;
            try {
                r = new int[] {doc.offsets().toInternal(f[0]), doc.offsets().toInternal(f[1])};
            } catch (IllegalArgumentException e) {
                throw new DatasetException(ann, line.number(), fields[0] + ": " + e.getMessage());
            }
            expected.append(ranges.isEmpty() ? "" : " ").append(doc.text(), r[0], r[1]);
            ranges.add(r);
        }
        if (!expected.toString().equals(fields[2])) {
            throw new DatasetException(ann, line.number(), fields[0] + " text '" + fields[2]
                    + "' does not match the .txt at those offsets ('" + expected + "')");
        }
        if (joinedBySpaces(doc.text(), ranges)) {
            int[] whole = {ranges.get(0)[0], ranges.get(ranges.size() - 1)[1]};
            ranges = List.of(whole);
        } else {
            collector.skip("brat discontinuous T span imported as one span per fragment");
        }
        Long first = null;
        for (int[] r : ranges) {
            long id = doc.addUtf16Span(line.number(), r[0], r[1], type);
            first = first == null ? id : first;
        }
        if (spanIds.put(fields[0], first) != null) {
            throw new DatasetException(ann, line.number(), "duplicate id " + fields[0]);
        }
    }

    private static boolean joinedBySpaces(String text, List<int[]> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            int from = ranges.get(i - 1)[1];
            int to = ranges.get(i)[0];
            if (to < from) {
                return false;
            }
            for (int c = from; c < to; c++) {
                if (!Tokenizer.isSeparator(text.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void readRelation(Path ann, StrictText.Line line, DocumentAssembler doc, Map<String, Long> spanIds,
                                     ImportCollector collector) throws DatasetException {
        String[] fields = line.text().split("\t");
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (parts.length != 3) {
            throw new DatasetException(ann, line.number(), "an R line must be 'ID<TAB>TYPE Arg1:T1 Arg2:T2'");
        }
        String[] ends = new String[2];
        for (int i = 1; i < 3; i++) {
            int colon = parts[i].indexOf(':');
            if (colon < 0) {
                throw new DatasetException(ann, line.number(), "relation argument '" + parts[i] + "' has no ROLE:");
            }
            ends[i - 1] = parts[i].substring(colon + 1);
        }
        Long from = spanIds.get(ends[0]);
        Long to = spanIds.get(ends[1]);
        if (from == null || to == null) {
            String missing = from == null ? ends[0] : ends[1];
            if (!missing.startsWith("T")) {
                collector.skip("brat relation to a non-entity (" + missing.charAt(0) + ")");
                return;
            }
            throw new DatasetException(ann, line.number(), "relation " + fields[0] + " refers to missing span " + missing);
        }
        doc.addRelation(line.number(), from, to, parts[0]);
    }
}
