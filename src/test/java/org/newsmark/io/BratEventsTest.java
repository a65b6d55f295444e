package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * brat E lines (PolNeAR-style attributions) and discontinuous T lines, on the hand-written fixture in
 * src/test/resources/brat-attribution and on brat's own tutorial sample.
 */
public class BratEventsTest {

    static final Path FIXTURE = Path.of("src/test/resources/brat-attribution");
    private static final Path BRAT_NEWS = Path.of("src/test/resources/samples/brat-news");

    @TempDir
    Path dir;

    private static ImportBatch read(Path path) throws Exception {
        return DatasetFormat.BRAT.reader().read(List.of(path), ImportOptions.defaults());
    }

    private static AnnotatedDocument named(ImportBatch batch, String name) {
        return batch.documents().stream().filter(d -> d.document().name().equals(name)).findFirst().orElseThrow();
    }

    private static String text(AnnotatedDocument doc, long spanId) {
        return doc.spans().stream().filter(s -> s.id() == spanId).findFirst().orElseThrow().textIn(doc.document().text());
    }

    /** Every relation as "from text -type-> to text". */
    private static List<String> relations(AnnotatedDocument doc) {
        return doc.relations().stream()
                .map(r -> text(doc, r.fromSpanId()) + " -" + r.type() + "-> " + text(doc, r.toSpanId())).toList();
    }

    @Test
    void eventsBecomeRelationsFromTheTriggerAndDiscontinuousSpansFragmentsTiedToTheFirst() throws Exception {
        ImportBatch batch = read(FIXTURE);
        AnnotatedDocument a1 = named(batch, "a1");
        assertThat(relations(a1)).containsExactly(
                "will pass this week. -fragment_of-> The budget,",
                "was dead. -fragment_of-> the plan",
                "said -Attribution:Source-> Senator Jane Roe",
                "said -Attribution:Content-> The budget,",
                "told -Attribution:Source-> The minister",
                "told -Attribution:Content-> the plan",
                "said -Attribution:Source-> one adviser",
                "said -Attribution:Content-> Analysts expect a close vote\nin the chamber");
        // the two-space gap is never merged; the line-break split brat writes is one span
        assertThat(a1.spans()).extracting(s -> s.textIn(a1.document().text()))
                .contains("the plan", "was dead.", "Analysts expect a close vote\nin the chamber")
                .noneMatch(t -> t.contains("  "));
        assertThat(a1.spans()).hasSize(11);
        assertThat(batch.skipped()).containsOnly(Map.entry("brat A (attribute) line", 1),
                Map.entry("brat # (note) line", 1), Map.entry(BratReader.SELF_ARGUMENT, 4));
        assertThat(batch.notesFor(i -> true)).containsOnly(Map.entry(BratReader.EVENTS, 4),
                Map.entry(BratReader.FRAGMENTED, 2), Map.entry(BratReader.LINE_SPLIT, 1));
        assertThat(batch.relationTypes()).containsExactly(Relation.FRAGMENT_OF, "Attribution:Source",
                "Attribution:Content");
    }

    @Test
    void whatIsCountedBelongsToTheDocumentItCameFrom() throws Exception {
        ImportBatch batch = read(FIXTURE);
        int a2 = batch.documents().indexOf(named(batch, "a2"));
        assertThat(batch.skippedFor(i -> i == a2)).containsOnly(Map.entry(BratReader.SELF_ARGUMENT, 1));
        assertThat(batch.notesFor(i -> i == a2)).containsOnly(Map.entry(BratReader.EVENTS, 1));
        assertThat(batch.skippedFor(i -> i != a2)).containsEntry("brat A (attribute) line", 1);
        assertThat(batch.notesFor(i -> false)).isEmpty();
    }

    @Test
    void writingTheImportedDocumentsGivesBackTheSameTAndELines() throws Exception {
        ImportBatch batch = read(FIXTURE);
        Path out = dir.resolve("out");
        ExportReport report;
        try (DatasetWriter w = DatasetFormat.BRAT.openWriter(out, ExportOptions.defaults())) {
            for (AnnotatedDocument d : batch.documents()) {
                w.write(d, TestCorpus.SCHEME);
            }
            report = w.finish();
        }
        for (String name : List.of("a1", "a2")) {
            assertThat(Files.readString(out.resolve(name + ".txt"))).isEqualTo(Files.readString(FIXTURE.resolve(name + ".txt")));
            assertThat(Files.readString(out.resolve(name + ".ann"))).isEqualTo(tAndELines(FIXTURE.resolve(name + ".ann")));
        }
        assertThat(report.spans()).isEqualTo(batch.spanCount());
        assertThat(report.relations()).isEqualTo(batch.relationCount());
        assertThat(report.droppedSpans()).isEmpty();
        assertThat(report.droppedRelations()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(Files.readString(out.resolve("annotation.conf")))
                .contains("[events]\nAttribution\tSource*:<ENTITY>, Content*:<ENTITY>\n")
                .doesNotContain(Relation.FRAGMENT_OF);
    }

    /** The T and E lines of a file, without the event arguments that are the event's own trigger (not imported). */
    public static String tAndELines(Path ann) throws Exception {
        return Files.readAllLines(ann).stream().filter(l -> l.startsWith("T") || l.startsWith("E"))
                .map(l -> l.startsWith("E") ? withoutSelfArguments(l) : l)
                .map(l -> l + "\n").collect(Collectors.joining());
    }

    private static String withoutSelfArguments(String eLine) {
        String[] parts = eLine.split("\t")[1].split(" ");
        String trigger = parts[0].split(":")[1];
        return eLine.split("\t")[0] + "\t" + java.util.Arrays.stream(parts)
                .filter(p -> p == parts[0] || !p.endsWith(":" + trigger)).collect(Collectors.joining(" "));
    }

    @Test
    void formatsWithoutDiscontinuousSpansSayTheyWroteFragmentsApart() throws Exception {
        ImportBatch batch = read(FIXTURE);
        for (DatasetFormat format : List.of(DatasetFormat.DOCCANO_REL, DatasetFormat.LABELSTUDIO, DatasetFormat.DOCCANO)) {
            Path out = dir.resolve("out." + format.extension());
            ExportReport report;
            try (DatasetWriter w = format.openWriter(out, ExportOptions.defaults())) {
                for (AnnotatedDocument d : batch.documents()) {
                    w.write(d, TestCorpus.SCHEME);
                }
                report = w.finish();
            }
            assertThat(report.warnings()).as(format.code()).anyMatch(w -> w.startsWith("2 fragments of discontinuous"
                    + " spans written as spans of their own") && w.contains("fragment_of"));
            assertThat(report.spans()).isEqualTo(batch.spanCount());
        }
    }

    @Test
    void bratNewsEventsIncludingEventArgumentsComeBackAsTheSameELines() throws Exception {
        ImportBatch batch = read(BRAT_NEWS);
        Path out = dir.resolve("news");
        try (DatasetWriter w = DatasetFormat.BRAT.openWriter(out, ExportOptions.defaults())) {
            for (AnnotatedDocument d : batch.documents()) {
                w.write(d, TestCorpus.SCHEME);
            }
            w.finish();
        }
        for (AnnotatedDocument doc : batch.documents()) {
            Path original = BRAT_NEWS.resolve(doc.document().name() + ".ann");
            Path written = out.resolve(doc.document().name() + ".ann");
            assertThat(events(written)).as(doc.document().name()).isEqualTo(events(original));
        }
        ImportBatch again = read(out);
        assertThat(again.spanCount()).isEqualTo(batch.spanCount());
        assertThat(again.relationCount()).isEqualTo(batch.relationCount());
    }

    /** The E lines of a file with every id replaced by what it names: "type:trigger text role:argument ...". */
    private static List<String> events(Path ann) throws Exception {
        List<String> lines = Files.readAllLines(ann);
        Map<String, String> names = new java.util.HashMap<>();
        for (String l : lines) {
            String[] f = l.split("\t");
            if (l.startsWith("T")) {
                names.put(f[0], f[1] + "|" + f[2]);
            }
        }
        for (String l : lines) {
            if (l.startsWith("E")) {
                names.put(l.split("\t")[0], "event@" + names.get(l.split("\t")[1].split(" ")[0].split(":")[1]));
            }
        }
        return lines.stream().filter(l -> l.startsWith("E")).map(l -> {
            StringBuilder sb = new StringBuilder();
            for (String part : l.split("\t")[1].split(" ")) {
                String[] rid = part.split(":");
                sb.append(rid[0]).append('=').append(names.get(rid[1])).append(' ');
            }
            return sb.toString();
        }).sorted().toList();
    }

    @Test
    void aFragmentWithAnotherLabelIsWrittenAsItsOwnSpanAndItsTieAsAnRLine() throws Exception {
        AnnotatedDocument doc = named(read(FIXTURE), "a1");
        List<Span> spans = doc.spans().stream()
                .map(s -> s.textIn(doc.document().text()).equals("was dead.") ? s.withLabel("quote") : s).toList();
        Path out = dir.resolve("relabelled");
        try (DatasetWriter w = DatasetFormat.BRAT.openWriter(out, ExportOptions.defaults())) {
            w.write(new AnnotatedDocument(doc.document(), spans, doc.relations()), TestCorpus.SCHEME);
            w.finish();
        }
        String ann = Files.readString(out.resolve("a1.ann"));
        assertThat(ann).contains("\tContent 104 112\tthe plan\n").contains("\tquote 114 123\twas dead.\n")
                .containsPattern("R1\tfragment_of Arg1:T\\d+ Arg2:T\\d+\n");
    }

    @Test
    void aBrokenEventLineFailsAtItsLine() throws Exception {
        String t = "T1\tSource 0 3\tLee\nT2\tCue 4 8\tsaid\n";
        Map<String, String> cases = Map.of(
                t + "E1\tAttribution:T9 Source:T1\n", "event E1 refers to missing trigger span T9",
                t + "E1\tAttribution:T2 Event-Arg:E7\n", "event E1 refers to missing event E7",
                t + "E1\tAttribution:T2 Source:T5\n", "event E1 refers to missing span T5",
                t + "E1\tAttribution:T2 Source\n", "argument 'Source' is not ROLE:ID",
                t + "E1\tAttribution:T2 Source:T1\nE1\tAttribution:T2 Source:T1\n", "duplicate id E1");
        int n = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path folder = Files.createDirectories(dir.resolve("bad" + (++n)));
            Files.writeString(folder.resolve("doc.txt"), "Lee said hello.");
            Path ann = Files.writeString(folder.resolve("doc.ann"), c.getKey());
            int line = (int) c.getKey().lines().count();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(folder))
                    .isInstanceOfSatisfying(DatasetException.class, e -> {
                        assertThat(e.getMessage()).as(c.getKey()).isEqualTo(ann + ":" + line + ": " + e.problem());
                        assertThat(e.problem()).contains(c.getValue());
                    });
        }
    }
}
