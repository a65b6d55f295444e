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



import org.newsmark.model.Relation;
import org.newsmark.model.Span;


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
    void aPreviewCountsWhatWouldBeImportedAndWritesNothing() throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            String before = DatabaseDump.of(db);
            ImportSummary preview = new ImportDatasets(workspace).preview(ImportRequest.of(List.of(file)));
            assertThat(preview.documents()).isEqualTo(5);
            assertThat(preview.spans()).isEqualTo(10);
            assertThat(preview.relations()).isEqualTo(5);
            assertThat(preview.labelsCreated()).containsExactly("PER");
            assertThat(preview.duplicates()).isEmpty();
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
            AtomicInteger seen = new AtomicInteger();
            assertThatThrownBy(() -> imports.run(ImportRequest.of(List.of(file)), 5, (done, total) -> seen.set((int) done),
                    () -> seen.get() >= 3))
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
            // the first document streams into the transaction with a new label; the second is broken
            Path halfBad = temp.resolve("half-bad.jsonl");
            Files.writeString(halfBad, "{\"text\": \"A fresh text.\", \"label\": [[0, 1, \"brandnew\"]]}\n"
                    + "{\"text\": \"Too short.\", \"label\": [[0, 99, \"brandnew\"]]}\n");
            assertThatThrownBy(() -> imports.run(ImportRequest.of(List.of(halfBad)), Progress.NONE, () -> false))
                    .isInstanceOf(org.newsmark.io.DatasetException.class).hasMessageContaining("half-bad.jsonl:2");
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
    void theImportStoresWhatItsPreviewCounted() throws Exception {
        ImportSummary streamed;
        ImportSummary previewed;
        try (Workspace workspace = Workspace.open(db)) {
            ImportDatasets imports = new ImportDatasets(workspace);
            ImportRequest twice = ImportRequest.of(List.of(file, file)).withDuplicates(false);
            previewed = imports.preview(twice);
            streamed = imports.run(twice, previewed.documents(), Progress.NONE, () -> false);
        }
        assertThat(previewed.documents()).isEqualTo(streamed.documents()).isEqualTo(5);
        assertThat(previewed.spans()).isEqualTo(streamed.spans());
        assertThat(previewed.relations()).isEqualTo(streamed.relations());
        assertThat(previewed.duplicates()).isEqualTo(streamed.duplicates()).hasSize(5);
        assertThat(previewed.labelsCreated()).isEqualTo(streamed.labelsCreated());
    }
}
