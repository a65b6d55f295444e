package org.newsmark.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * fragments split at the breaks (as brat does), which {@link BratReader} joins again. Spans tied by
 * {@link Relation#FRAGMENT_OF} are written as one discontinuous T line; relations typed
 * {@code EVENT:ROLE} ({@link EventRole}) as E lines, one per trigger span and event type; other
 * relations as R lines. File names come from {@link SafeFileNames}.
 */
public final class BratWriter implements DatasetWriter {

    private final Path folder;
    private final ExportOptions options;
    private final ExportTally tally = new ExportTally();
    private final SafeFileNames names = new SafeFileNames();
    private final Set<String> entityTypes = new LinkedHashSet<>();
    private final Set<String> relationTypes = new LinkedHashSet<>();
    private final Map<String, Map<String, String>> eventRoles = new LinkedHashMap<>();
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
        scheme.relationTypes().stream()
                .filter(t -> !t.equals(Relation.FRAGMENT_OF) && !EventRole.isEventRole(t)).forEach(relationTypes::add);
        ExportSelection sel = ExportSelection.joiningFragments(document, options, tally);
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
        FragmentTies ties = FragmentTies.of(sel);
        Map<Long, String> tIds = new HashMap<>();
        int spans = 0;
        for (Span s : sel.spans()) {
            if (ties.isLaterFragment(s.id())) {
                continue;
            }
            List<Span> pieces = ties.piecesOf(s);
            List<int[]> fragments = new ArrayList<>();
            pieces.forEach(p -> fragments.addAll(fragments(sel.text(), p.start(), p.end())));
            if (fragments.isEmpty()) {
                tally.dropSpans("span holds only line breaks", pieces.size());
                continue;
            }
            String id = "T" + (spans + 1);
            spans++;
            pieces.forEach(p -> tIds.put(p.id(), id));
            if (fragments.get(0)[0] != pieces.get(0).start()
                    || fragments.get(fragments.size() - 1)[1] != pieces.get(pieces.size() - 1).end()) {
                tally.warn(edgeBreakWarning(sel.name(), s));
            }
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
        tally.spansWritten((int) sel.spans().stream().filter(sp -> tIds.containsKey(sp.id())).count());
        int written = 0;
        int r = 0;
        Map<List<Object>, List<Relation>> events = new LinkedHashMap<>();
        for (Relation rel : sel.relations()) {
            String from = tIds.get(rel.fromSpanId());
            String to = tIds.get(rel.toSpanId());
            if (from == null || to == null) {
                tally.dropRelations(ExportSelection.END_DROPPED, 1);
            } else if (ties.isTie(rel)) {
                written++;
            } else if (EventRole.isEventRole(rel.type())) {
                events.computeIfAbsent(List.of(rel.fromSpanId(), EventRole.of(rel.type()).orElseThrow().event()),
                        k -> new ArrayList<>()).add(rel);
            } else {
                relationTypes.add(rel.type());
                ann.append('R').append(++r).append('\t').append(rel.type())
                        .append(" Arg1:").append(from).append(" Arg2:").append(to).append('\n');
                written++;
            }
        }
        written += writeEvents(ann, events.values(), tIds);
        tally.relationsWritten(written);
        return ann.toString();
    }

    /**
     * One E line per trigger span and event type, its arguments in relation order. An argument that is
     * the trigger of another event is written as that event (how the reader links event arguments).
     */
    private int writeEvents(StringBuilder ann, java.util.Collection<List<Relation>> events, Map<Long, String> tIds) {
        Map<Long, String> eventOfTrigger = new HashMap<>();
        int e = 0;
        for (List<Relation> event : events) {
            eventOfTrigger.putIfAbsent(event.get(0).fromSpanId(), "E" + (++e));
        }
        e = 0;
        int written = 0;
        for (List<Relation> event : events) {
            long trigger = event.get(0).fromSpanId();
            String type = EventRole.of(event.get(0).type()).orElseThrow().event();
            ann.append('E').append(++e).append('\t').append(type).append(':').append(tIds.get(trigger));
            Map<String, String> roles = eventRoles.computeIfAbsent(type, k -> new LinkedHashMap<>());
            for (Relation rel : event) {
                String role = EventRole.of(rel.type()).orElseThrow().role();
                String target = eventOfTrigger.getOrDefault(rel.toSpanId(), tIds.get(rel.toSpanId()));
                roles.merge(role, target.startsWith("E") ? "<EVENT>" : "<ENTITY>",
                        (a, b) -> a.equals(b) ? a : "<ENTITY>|<EVENT>");
                ann.append(' ').append(role).append(':').append(target);
                written++;
            }
            ann.append('\n');
        }
        return written;
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
            conf.append("\n[events]\n");
            eventRoles.forEach((type, roles) -> {
                conf.append(type);
                String sep = "\t";
                for (Map.Entry<String, String> role : roles.entrySet()) {
                    conf.append(sep).append(role.getKey()).append("*:").append(role.getValue());
                    sep = ", ";
                }
                conf.append('\n');
            });
            conf.append("\n[attributes]\n");
            Files.writeString(inside("annotation.conf"), conf, StandardCharsets.UTF_8);
        }
        return tally.report();
    }

    @Override
    public void close() {
        // every file is written and closed within write() and finish()
    }
}
