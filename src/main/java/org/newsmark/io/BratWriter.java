package org.newsmark.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * brat standoff: a folder with {@code NAME.txt} (the exact text) and {@code NAME.ann} per document,
 * and {@code annotation.conf} written by {@link #finish()}. A span crossing line breaks is written as
 * fragments split at the breaks (as brat does), which {@link BratReader} joins again. File names
 * come from {@link SafeFileNames}.
 */
public final class BratWriter implements DatasetWriter {

    private final Path folder;
    private final ExportOptions options;
    private final ExportTally tally = new ExportTally();
    private final SafeFileNames names = new SafeFileNames();
    private final Set<String> entityTypes = new LinkedHashSet<>();
    private final Set<String> relationTypes = new LinkedHashSet<>();
    private boolean finished;

    public BratWriter(Path folder, ExportOptions options) throws IOException {
        this.folder = Files.createDirectories(folder).toAbsolutePath().normalize();
        this.options = options;
    }

    @Override
    public void write(AnnotatedDocument document, LabelScheme scheme) throws IOException {
        if (finished) {
            throw new IllegalStateException("the export is finished");
        }
        scheme.names().stream().filter(options::exportsLabel).forEach(entityTypes::add);
        relationTypes.addAll(scheme.relationTypes());
        ExportSelection sel = ExportSelection.of(document, options, tally, true);
        String base = names.unique(sel.name());
        if (!base.equals(sel.name())) {
            tally.warn("document '" + sel.name() + "' written as '" + base + ".txt'");
        }
        Files.writeString(inside(base + ".txt"), sel.text(), StandardCharsets.UTF_8);
        Files.writeString(inside(base + ".ann"), annotations(sel), StandardCharsets.UTF_8);
        tally.document();
    }

    private String annotations(ExportSelection sel) {
        StringBuilder ann = new StringBuilder();
        Map<Long, String> tIds = new HashMap<>();
        for (Span s : sel.spans()) {
            List<int[]> fragments = fragments(sel.text(), s.start(), s.end());
            if (fragments.isEmpty()) {
                tally.dropSpans("span holds only line breaks", 1);
                continue;
            }
            if (fragments.get(0)[0] != s.start() || fragments.get(fragments.size() - 1)[1] != s.end()) {
                tally.warn(edgeBreakWarning(sel.name(), s));
            }
            String id = "T" + (tIds.size() + 1);
            tIds.put(s.id(), id);
            entityTypes.add(s.label());
            ann.append(id).append('\t').append(s.label()).append(' ');
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < fragments.size(); i++) {
                int[] f = fragments.get(i);
                ann.append(i == 0 ? "" : ";").append(sel.offsets().toExternal(f[0])).append(' ')
                        .append(sel.offsets().toExternal(f[1]));
                text.append(i == 0 ? "" : " ").append(sel.text(), f[0], f[1]);
            }
            ann.append('\t').append(text).append('\n');
        }
        tally.spansWritten(tIds.size());
        int r = 0;
        for (Relation rel : sel.relations()) {
            String from = tIds.get(rel.fromSpanId());
            String to = tIds.get(rel.toSpanId());
            if (from == null || to == null) {
                tally.dropRelations(ExportSelection.END_DROPPED, 1);
                continue;
            }
            relationTypes.add(rel.type());
            ann.append('R').append(++r).append('\t').append(rel.type())
                    .append(" Arg1:").append(from).append(" Arg2:").append(to).append('\n');
        }
        tally.relationsWritten(r);
        return ann.toString();
    }

    /** The parts of {@code [start, end)} between line breaks, as UTF-16 ranges. */
    static List<int[]> fragments(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && isBreak(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !isBreak(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    /** What the report says of a span written without the line breaks at its start or end. */
    static String edgeBreakWarning(String document, Span span) {
        return "document '" + document + "': span " + span.range() + " written without the line breaks at its edges"
                + " (brat fragments cannot hold them)";
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private Path inside(String fileName) throws IOException {
        Path p = folder.resolve(fileName).normalize();
        if (!p.getParent().equals(folder)) {
            throw new IOException("refusing to write outside the export folder: " + fileName);
        }
        return p;
    }

    @Override
    public ExportReport finish() throws IOException {
        if (!finished) {
            finished = true;
            StringBuilder conf = new StringBuilder("# written by Newsmark\n[entities]\n");
            entityTypes.forEach(t -> conf.append(t).append('\n'));
            conf.append("\n[relations]\n");
            relationTypes.forEach(t -> conf.append(t).append("\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
            conf.append("\n[events]\n\n[attributes]\n");
            Files.writeString(inside("annotation.conf"), conf, StandardCharsets.UTF_8);
        }
        return tally.report();
    }

    @Override
    public void close() {
        // every file is written and closed within write() and finish()
    }
}
