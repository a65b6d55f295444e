package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.Workspace;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/**
 * {@code newsmark import} and {@code export} on the hand-written PolNeAR-like brat fixture
 * (src/test/resources/brat-attribution): attributions as E lines, discontinuous Content spans.
 */
class CliBratEventsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/brat-attribution");
    private static final String EVENTS = "brat events (E lines) imported as relations EVENT:ROLE from the trigger span"
            + " to each argument";

    @TempDir
    Path temp;

    private Path db() {
        return temp.resolve("news.db");
    }

    private CliRun importing(String... args) {
        List<String> all = new ArrayList<>(List.of("import", "--db", db().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** Every stored relation as "from text -type-> to text". */
    private List<String> storedRelations() {
        List<String> out = new ArrayList<>();
        try (Store store = Store.open(db())) {
            for (long id : store.documents().ids(Optional.empty())) {
                String text = store.documents().find(id).orElseThrow().text();
                List<Span> spans = store.spans().forDocument(id);
                for (Relation r : store.relations().forDocument(id)) {
                    out.add(textOf(spans, r.fromSpanId(), text) + " -" + r.type() + "-> " + textOf(spans, r.toSpanId(), text));
                }
            }
        }
        return out;
    }

    private static String textOf(List<Span> spans, long id, String text) {
        return spans.stream().filter(s -> s.id() == id).findFirst().orElseThrow().textIn(text);
    }

    @Test
    void theMapMakesEveryAttributionAQuoteSaidByItsSpeaker() {
        CliRun run = importing("--map", "Source=speaker,Content=quote", FIXTURE.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("imported 2 documents, 14 spans, 14 relations (brat)\n")
                .contains("\n4 " + EVENTS + "\n")
                .contains("\n2 discontinuous brat T lines imported as fragment spans tied by fragment_of\n")
                .contains("\n1 brat T lines split only at line breaks imported as one span (exported the same way)\n")
                .contains("\n4 said_by relations made from events with a quote and a speaker argument (roles after --map)\n")
                .contains("\n1 skipped: brat A (attribute) line\n").contains("\n1 skipped: brat # (note) line")
                .contains("\n4 skipped: brat event argument that is the event's own trigger (like PolNeAR's Cue:T3;");
        assertThat(storedRelations()).filteredOn(r -> r.contains("-said_by->")).containsExactlyInAnyOrder(
                "The budget, -said_by-> Senator Jane Roe",
                "the plan -said_by-> The minister",
                "Analysts expect a close vote\nin the chamber -said_by-> one adviser",
                "the road will reopen on Monday -said_by-> Officials");
        assertThat(storedRelations()).contains("said -Attribution:speaker-> Senator Jane Roe",
                "said -Attribution:quote-> The budget,",
                "will pass this week. -fragment_of-> The budget,");
        try (Store store = Store.open(db())) {
            assertThat(store.labels().relationTypes()).contains(Relation.SAID_BY, Relation.FRAGMENT_OF,
                    "Attribution:speaker", "Attribution:quote");
            assertThat(store.spans().countsByLabel()).containsEntry("quote", 6).containsEntry("speaker", 4)
                    .containsEntry("Cue", 4).doesNotContainKeys("Source", "Content");
        }
        // what the span table and the Quotes tab show: the tie is no said_by; a later fragment has its first one's speaker
        try (Workspace workspace = Workspace.open(db())) {
            long a1 = workspace.documents().stream().filter(d -> d.name().equals("a1")).findFirst().orElseThrow().id();
            DocumentSession session = workspace.open(a1);
            Span first = spanWithText(session, "The budget,");
            Span later = spanWithText(session, "will pass this week.");
            assertThat(session.speakerOf(first.id()).map(s -> s.textIn(session.text()))).contains("Senator Jane Roe");
            assertThat(session.relations()).noneMatch(r -> r.fromSpanId() == later.id() && r.type().equals(Relation.SAID_BY));
            assertThat(session.speakerOf(later.id()).map(s -> s.textIn(session.text()))).contains("Senator Jane Roe");
            assertThat(session.speakerOf(spanWithText(session, "said").id())).isEmpty();
        }
    }

    private static Span spanWithText(DocumentSession session, String text) {
        return session.spans().stream().filter(s -> s.textIn(session.text()).equals(text)).findFirst().orElseThrow();
    }

    @Test
    void withoutAMapEveryEventArgumentIsARelationFromTheTrigger() {
        CliRun run = importing(FIXTURE.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("imported 2 documents, 14 spans, 10 relations (brat)\n")
                .contains("\n4 " + EVENTS + "\n")
                .contains("relation types created: fragment_of, Attribution:Source, Attribution:Content")
                .doesNotContain("said_by");
        assertThat(storedRelations()).contains("said -Attribution:Source-> Senator Jane Roe",
                "said -Attribution:Content-> The budget,", "was dead. -fragment_of-> the plan",
                "said -Attribution:Content-> the road will reopen on Monday")
                .noneMatch(r -> r.contains("said_by"));
    }

    @Test
    void theReportCountsOnlyTheDocumentsImported() throws Exception {
        Path alone = Files.createDirectories(temp.resolve("alone"));
        for (String f : List.of("a2.txt", "a2.ann")) {
            Files.copy(FIXTURE.resolve(f), alone.resolve(f));
        }
        assertThat(importing(alone.toString()).out()).startsWith("imported 1 documents, 3 spans, 2 relations (brat)\n")
                .contains("\n1 " + EVENTS + "\n").contains("\n1 skipped: brat event argument that is the event's own")
                .doesNotContain("attribute");

        CliRun rest = importing(FIXTURE.toString());
        assertThat(rest.exit()).as(rest.toString()).isZero();
        assertThat(rest.out()).startsWith("imported 1 documents, 11 spans, 8 relations (brat)\n")
                .contains("\n3 " + EVENTS + "\n").contains("\n2 discontinuous brat T lines")
                .contains("\n1 duplicates skipped (text already in the database): a2")
                .contains("\n1 skipped: brat A (attribute) line")
                .contains("\n3 skipped: brat event argument that is the event's own trigger");

        CliRun again = importing(FIXTURE.toString());
        assertThat(again.out()).isEqualTo("imported 0 documents, 0 spans, 0 relations (brat)\n"
                + "2 duplicates skipped (text already in the database): a1, a2\n");
    }

    @Test
    void exportGivesBackTheSameTAndELines() throws Exception {
        assertThat(importing(FIXTURE.toString()).exit()).isZero();
        Path out = temp.resolve("brat-out");
        CliRun export = CliRun.of("export", "--db", db().toString(), "--format", "brat", "--out", out.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).contains("2 documents, 14 spans, 10 relations written").doesNotContain("dropped");
        for (String name : List.of("a1", "a2")) {
            assertThat(Files.readString(out.resolve(name + ".txt"))).isEqualTo(Files.readString(FIXTURE.resolve(name + ".txt")));
            assertThat(Files.readString(out.resolve(name + ".ann")))
                    .isEqualTo(org.newsmark.io.BratEventsTest.tAndELines(FIXTURE.resolve(name + ".ann")));
        }
    }

    @Test
    void exportsWithoutDiscontinuousSpansSaySo() {
        assertThat(importing(FIXTURE.toString()).exit()).isZero();
        for (String format : List.of("doccano-rel", "labelstudio", "doccano", "prodigy")) {
            CliRun export = CliRun.of("export", "--db", db().toString(), "--format", format, "--out",
                    temp.resolve("out-" + format).toString());
            assertThat(export.exit()).as(export.toString()).isZero();
            assertThat(export.out()).as(format).contains("14 spans")
                    .contains("2 fragments of discontinuous spans written as spans of their own");
        }
    }
}
