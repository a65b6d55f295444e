package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.Relation;

/**
 * Reads brat standoff: every {@code NAME.txt} of the inputs with its {@code NAME.ann} (a missing
 * {@code .ann} means no annotations). T lines become spans (their text must match the {@code .txt}),
 * R lines relations (Arg1 = from, Arg2 = to), E lines (events) one relation per argument from the
 * trigger span, typed {@code EVENT:ROLE} ({@link EventRole}); an argument that is an event points to
 * that event's trigger, and one that is the event's own trigger is skipped (counted: the store only
 * links two different spans). A discontinuous T line becomes one span per fragment, each later
 * fragment tied to the first by a {@link Relation#FRAGMENT_OF} relation, unless its fragments are
 * exactly the line-break split {@link BratWriter} writes, which is one span (written back the same).
 * A, M, N, # and * lines are skipped and counted by kind.
 */
public final class BratReader implements DatasetReader {

    static final String EVENTS = "brat events (E lines) imported as relations EVENT:ROLE from the trigger span"
            + " to each argument";
    static final String EVENT_ARGUMENTS = "brat event arguments that are events, linked to that event's trigger span";
    static final String FRAGMENTED = "discontinuous brat T lines imported as fragment spans tied by "
            + Relation.FRAGMENT_OF;
    static final String LINE_SPLIT = "brat T lines split only at line breaks imported as one span (exported the"
            + " same way)";
    static final String SELF_ARGUMENT = "brat event argument that is the event's own trigger (like PolNeAR's Cue:T3;"
            + " a relation needs two different spans, the trigger span is imported)";
    static final String EMPTY_EVENT = "brat event without arguments (its trigger span is imported)";

    private static final Map<Character, String> SKIPPED_KINDS = Map.of(
            'A', "brat A (attribute) line", 'M', "brat M (attribute) line",
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
                readAnnotations(ann, doc);
            }
            collector.add(doc.build(InputFiles.stem(txt), Map.of()));
        }
        return collector.batch();
    }

    /** An E line: its id, event type and arguments as {role, id} pairs. */
    private record Event(StrictText.Line line, String id, String type, List<String[]> arguments) {
    }

    private void readAnnotations(Path ann, DocumentAssembler doc) throws DatasetException, IOException {
        String content = StrictText.read(ann, true);
        if (content.isBlank()) {
            return;
        }
        Map<String, Long> spanIds = new HashMap<>();
        List<StrictText.Line> relationLines = new ArrayList<>();
        List<StrictText.Line> eventLines = new ArrayList<>();
        StrictText.forEachLine(content, line -> {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            char kind = text.charAt(0);
            if (kind == 'T') {
                readTextBound(ann, line, doc, spanIds);
            } else if (kind == 'R') {
                relationLines.add(line);
            } else if (kind == 'E') {
                eventLines.add(line);
            } else {
                doc.skip(SKIPPED_KINDS.getOrDefault(kind, "brat line of unknown kind"));
            }
        });
        for (StrictText.Line line : relationLines) {
            readRelation(ann, line, doc, spanIds);
        }
        readEvents(ann, eventLines, doc, spanIds);
    }

    private static void readTextBound(Path ann, StrictText.Line line, DocumentAssembler doc, Map<String, Long> spanIds)
            throws DatasetException {
        String[] fields = line.text().split("\t", 3);
        int space = fields.length < 2 ? -1 : fields[1].indexOf(' ');
        if (fields.length < 3 || space <= 0) {
            throw new DatasetException(ann, line.number(), "a T line must be 'ID<TAB>TYPE START END<TAB>TEXT'");
        }
        String type = fields[1].substring(0, space);
        List<int[]> ranges = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (String part : fields[1].substring(space + 1).split(";")) {
            String[] se = part.strip().split(" ");
            long[] f;
            try {
                f = new long[] {Long.parseLong(se[0]), Long.parseLong(se[se.length - 1])};
            } catch (NumberFormatException e) {
                throw new DatasetException(ann, line.number(), "bad offsets '" + part + "' in T line");
            }
            if (se.length != 2) {
                throw new DatasetException(ann, line.number(), "bad offsets '" + part + "' in T line");
            }
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
        long first;
        if (ranges.size() == 1) {
            first = doc.addUtf16Span(line.number(), ranges.get(0)[0], ranges.get(0)[1], type);
        } else if (splitAtLineBreaks(doc.text(), ranges)) {
            first = doc.addUtf16Span(line.number(), ranges.get(0)[0], ranges.get(ranges.size() - 1)[1], type);
            doc.note(LINE_SPLIT);
        } else {
            first = doc.addUtf16Span(line.number(), ranges.get(0)[0], ranges.get(0)[1], type);
            for (int[] r : ranges.subList(1, ranges.size())) {
                long later = doc.addUtf16Span(line.number(), r[0], r[1], type);
                if (later != first) {
                    doc.addRelation(line.number(), later, first, Relation.FRAGMENT_OF);
                }
            }
            doc.note(FRAGMENTED);
        }
        if (spanIds.put(fields[0], first) != null) {
            throw new DatasetException(ann, line.number(), "duplicate id " + fields[0]);
        }
    }

    /** Whether the fragments are exactly what {@link BratWriter} writes for the range from the first to the last. */
    private static boolean splitAtLineBreaks(String text, List<int[]> ranges) {
        List<int[]> split = BratWriter.fragments(text, ranges.get(0)[0], ranges.get(ranges.size() - 1)[1]);
        if (split.size() != ranges.size()) {
            return false;
        }
        for (int i = 0; i < split.size(); i++) {
            if (!Arrays.equals(split.get(i), ranges.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void readRelation(Path ann, StrictText.Line line, DocumentAssembler doc, Map<String, Long> spanIds)
            throws DatasetException {
        String[] fields = line.text().split("\t");
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (parts.length != 3) {
            throw new DatasetException(ann, line.number(), "an R line must be 'ID<TAB>TYPE Arg1:T1 Arg2:T2'");
        }
        String[] ends = new String[2];
        for (int i = 1; i < 3; i++) {
            ends[i - 1] = roleAndId(ann, line, parts[i])[1];
        }
        Long from = spanIds.get(ends[0]);
        Long to = spanIds.get(ends[1]);
        if (from == null || to == null) {
            String missing = from == null ? ends[0] : ends[1];
            if (!missing.startsWith("T")) {
                doc.skip("brat relation to a non-entity (" + missing.charAt(0) + ")");
                return;
            }
            throw new DatasetException(ann, line.number(), "relation " + fields[0] + " refers to missing span " + missing);
        }
        doc.addRelation(line.number(), from, to, parts[0]);
    }

    private static String[] roleAndId(Path ann, StrictText.Line line, String argument) throws DatasetException {
        int colon = argument.indexOf(':');
        if (colon <= 0 || colon == argument.length() - 1) {
            throw new DatasetException(ann, line.number(), "argument '" + argument + "' is not ROLE:ID");
        }
        return new String[] {argument.substring(0, colon), argument.substring(colon + 1)};
    }

    /** All E lines of a file, after its T lines: an argument may be an event defined further down. */
    private static void readEvents(Path ann, List<StrictText.Line> lines, DocumentAssembler doc,
                                   Map<String, Long> spanIds) throws DatasetException {
        List<Event> events = new ArrayList<>();
        Map<String, Long> triggers = new HashMap<>();
        for (StrictText.Line line : lines) {
            String[] fields = line.text().split("\t");
            String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
            if (parts.length < 1 || parts[0].isEmpty()) {
                throw new DatasetException(ann, line.number(), "an E line must be 'ID<TAB>TYPE:T1 ROLE:ID ...'");
            }
            String[] head = roleAndId(ann, line, parts[0]);
            List<String[]> arguments = new ArrayList<>();
            for (String part : Arrays.asList(parts).subList(1, parts.length)) {
                String[] arg = roleAndId(ann, line, part);
                if (arg[0].contains(":")) {
                    throw new DatasetException(ann, line.number(), "event role '" + arg[0] + "' contains ':'");
                }
                arguments.add(arg);
            }
            if (head[0].contains(":")) {
                throw new DatasetException(ann, line.number(), "event type '" + head[0] + "' contains ':'");
            }
            Long trigger = spanIds.get(head[1]);
            if (trigger == null) {
                throw new DatasetException(ann, line.number(), "event " + fields[0] + " refers to missing trigger span "
                        + head[1]);
            }
            if (triggers.put(fields[0], trigger) != null) {
                throw new DatasetException(ann, line.number(), "duplicate id " + fields[0]);
            }
            events.add(new Event(line, fields[0], head[0], arguments));
        }
        for (Event e : events) {
            if (e.arguments().isEmpty()) {
                doc.skip(EMPTY_EVENT);
                continue;
            }
            long trigger = triggers.get(e.id());
            for (String[] arg : e.arguments()) {
                Long target = arg[1].startsWith("E") ? triggers.get(arg[1]) : spanIds.get(arg[1]);
                if (target == null) {
                    throw new DatasetException(ann, e.line().number(), "event " + e.id() + " refers to missing "
                            + (arg[1].startsWith("E") ? "event " : "span ") + arg[1]);
                }
                if (target == trigger) {
                    doc.skip(SELF_ARGUMENT);
                    continue;
                }
                if (arg[1].startsWith("E")) {
                    doc.note(EVENT_ARGUMENTS);
                }
                doc.addRelation(e.line().number(), trigger, target, new EventRole(e.type(), arg[0]).type());
            }
            doc.note(EVENTS);
        }
    }
}
