package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.DatabaseDump;
import org.newsmark.io.ImportBatch;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.InvalidSpanException;

/** The import use case: preview without writing, one transaction, id mapping for relations. */
class ImportDatasetsTest {

    @TempDir
    Path temp;

    private Path db;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        db = temp.resolve("news.db");
        file = temp.resolve("in.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("{\"text\": \"Lee ").append(i).append(" said \\\"yes\\\" in Seoul.\", \"entities\": [")
                    .append("{\"id\": 10, \"label\": \"PER\", \"start_offset\": 0, \"end_offset\": 3},")
                    .append("{\"id\": 20, \"label\": \"quote\", \"start_offset\": 12, \"end_offset\": 15}],")
                    .append("\"relations\": [{\"id\": 1, \"from_id\": 20, \"to_id\": 10, \"type\": \"said_by\"}]}\n");
        }
        Files.writeString(file, lines);
    }

    @Test
    void aPlanCountsWhatWouldBeImportedAndWritesNothing() throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            String before = DatabaseDump.of(db);
            ImportPlan plan = new ImportDatasets(workspace).plan(ImportRequest.of(List.of(file)));
            assertThat(plan.documents()).isEqualTo(5);
            assertThat(plan.spans()).isEqualTo(10);
            assertThat(plan.relations()).isEqualTo(5);
            assertThat(plan.newLabels()).containsExactly("PER");
            assertThat(plan.duplicates()).isEmpty();
            assertThat(DatabaseDump.of(db)).isEqualTo(before);
        }
    }

    @Test
    void relationsJoinTheNewSpanIds() throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            ImportSummary summary = new ImportDatasets(workspace).run(
                    ImportRequest.of(List.of(file)).withLabelMap(Map.of("PER", "speaker")), Progress.NONE, () -> false);
            assertThat(summary.documents()).isEqualTo(5);
            assertThat(summary.labelsCreated()).isEmpty();
            for (long id : workspace.store().documents().ids(java.util.Optional.empty())) {
                List<Span> spans = workspace.store().spans().forDocument(id);
                Relation relation = workspace.store().relations().forDocument(id).get(0);
                Span from = spans.stream().filter(s -> s.id() == relation.fromSpanId()).findFirst().orElseThrow();
                Span to = spans.stream().filter(s -> s.id() == relation.toSpanId()).findFirst().orElseThrow();
                assertThat(from.label()).isEqualTo("quote");
                assertThat(to.label()).isEqualTo("speaker");
            }
        }
    }

    @Test
    void aCancelLeavesTheDatabaseAsItWas() throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            String before = DatabaseDump.of(db);
            ImportDatasets imports = new ImportDatasets(workspace);
            ImportPlan plan = imports.plan(ImportRequest.of(List.of(file)));
            AtomicInteger seen = new AtomicInteger();
            assertThatThrownBy(() -> imports.apply(plan, (done, total) -> seen.set((int) done), () -> seen.get() >= 3))
                    .isInstanceOf(CancellationException.class);
            assertThat(seen.get()).isEqualTo(3);
            assertThat(DatabaseDump.of(db)).isEqualTo(before);
            assertThat(workspace.scheme().byName("PER")).isEmpty();
        }
    }

    @Test
    void aFailureHalfWayLeavesTheDatabaseAsItWas() throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            ImportDatasets imports = new ImportDatasets(workspace);
            imports.run(ImportRequest.of(List.of(file)), Progress.NONE, () -> false);
            String before = DatabaseDump.of(db);
            Document good = Document.of("good", "A fresh text.");
            Document bad = Document.of("bad", "Too short.");
            ImportBatch batch = new ImportBatch(List.of(
                    new AnnotatedDocument(good, List.of(new Span(1, 0, new org.newsmark.model.TextRange(0, 1), "brandnew", "x")), List.of()),
                    new AnnotatedDocument(bad, List.of(new Span(1, 0, new org.newsmark.model.TextRange(0, 99), "brandnew", "x")), List.of())),
                    List.of("brandnew"), List.of(), Map.of(), List.of());
            ImportPlan plan = new ImportPlan(ImportRequest.of(List.of(file)), org.newsmark.io.DatasetFormat.DOCCANO, batch,
                    batch.documents(), List.of(), List.of("brandnew"), List.of());
            assertThatThrownBy(() -> imports.apply(plan, Progress.NONE, () -> false)).isInstanceOf(InvalidSpanException.class);
            assertThat(DatabaseDump.of(db)).isEqualTo(before);
            assertThat(workspace.scheme().byName("brandnew")).isEmpty();
            // and the workspace still works afterwards
            assertThat(workspace.ensureLabel("brandnew").id()).isPositive();
        }
    }

    @Test
    void detectionNeedsInputsThatAgree() throws Exception {
        Path txt = temp.resolve("a.txt");
        Files.writeString(txt, "Plain.");
        assertThat(ImportDatasets.detectFormat(List.of(file))).isEqualTo(org.newsmark.io.DatasetFormat.DOCCANO);
        assertThatThrownBy(() -> ImportDatasets.detectFormat(List.of(file, txt)))
                .hasMessageStartingWith(txt + ":0: looks like txt");
    }

    @Test
    void aStreamedImportThatFailsAtALaterLineLeavesTheDatabaseAsItWas() throws Exception {
        Files.writeString(file, Files.readString(file)
                + "{\"text\": \"Kim won.\", \"entities\": [{\"id\": 1, \"label\": \"NEWLABEL\", \"start_offset\": 0,"
                + " \"end_offset\": 3}, {\"id\": 2, \"label\": \"x\", \"start_offset\": 4, \"end_offset\": 7}],"
                + " \"relations\": [{\"id\": 1, \"from_id\": 1, \"to_id\": 2, \"type\": \"new_type\"}]}\n"
                + "{\"text\": \"broken\"\n");
        try (Workspace workspace = Workspace.open(db)) {
            String before = DatabaseDump.of(db);
            assertThatThrownBy(() -> new ImportDatasets(workspace).run(ImportRequest.of(List.of(file)), Progress.NONE,
                    () -> false)).hasMessageStartingWith(file + ":7:");
            assertThat(DatabaseDump.of(db)).isEqualTo(before);
            assertThat(workspace.scheme().byName("NEWLABEL")).isEmpty();
        }
    }

    @Test
    void aStreamedImportStoresWhatPlanAndApplyStore() throws Exception {
        Path other = temp.resolve("other.db");
        ImportSummary streamed;
        ImportSummary planned;
        try (Workspace workspace = Workspace.open(db)) {
            streamed = new ImportDatasets(workspace).run(ImportRequest.of(List.of(file, file)).withDuplicates(false),
                    Progress.NONE, () -> false);
        }
        try (Workspace workspace = Workspace.open(other)) {
            ImportDatasets imports = new ImportDatasets(workspace);
            planned = imports.apply(imports.plan(ImportRequest.of(List.of(file, file)).withDuplicates(false)),
                    Progress.NONE, () -> false);
        }
        assertThat(streamed).isEqualTo(planned);
        assertThat(streamed.documents()).isEqualTo(5);
        String stamp = "\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z";
        assertThat(DatabaseDump.of(db).replaceAll(stamp, "T")).isEqualTo(DatabaseDump.of(other).replaceAll(stamp, "T"));
    }
}
