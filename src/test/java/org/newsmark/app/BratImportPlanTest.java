package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's preview and import (plan, then apply) count only the documents they store. */
class BratImportPlanTest {

    private static final Path FIXTURE = Path.of("src/test/resources/brat-attribution");
    private static final String SELF = "brat event argument that is the event's own trigger";
    private static final String EVENTS = "brat events (E lines) imported as relations EVENT:ROLE";
    private static final String SAID_BY = "said_by relations made from events with a quote and a speaker argument";

    @TempDir
    Path temp;

    @Test
    void aPreviewAfterOneDocumentIsStoredCountsOnlyTheOther() throws Exception {
        Path alone = Files.createDirectories(temp.resolve("alone"));
        for (String f : List.of("a2.txt", "a2.ann")) {
            Files.copy(FIXTURE.resolve(f), alone.resolve(f));
        }
        Map<String, String> map = Map.of("Source", "speaker", "Content", "quote");
        try (Workspace workspace = Workspace.open(temp.resolve("news.db"))) {
            ImportDatasets imports = new ImportDatasets(workspace);
            ImportSummary first = imports.run(ImportRequest.of(List.of(alone)).withLabelMap(map), Progress.NONE, () -> false);
            assertThat(first.text()).startsWith("imported 1 documents, 3 spans, 3 relations (brat)\n")
                    .contains("\n1 " + EVENTS).contains("\n1 " + SAID_BY).contains("\n1 skipped: " + SELF);

            ImportSummary preview = imports.preview(ImportRequest.of(List.of(FIXTURE)).withLabelMap(map));
            assertThat(preview.previewText()).startsWith("brat: 1 documents, 11 spans, 11 relations to import\n")
                    .contains("\n3 " + EVENTS).contains("\n3 " + SAID_BY).contains("\n3 skipped: " + SELF)
                    .contains("\n1 skipped: brat A (attribute) line").contains("1 documents already in the database");
            // the document already stored (one such argument) is not counted, only the one to import
            assertThat(preview.skipped()).containsEntry("brat event argument that is the event's own trigger"
                    + " (like PolNeAR's Cue:T3; a relation needs two different spans, the trigger span is imported)", 3);

            ImportSummary rest = imports.run(ImportRequest.of(List.of(FIXTURE)).withLabelMap(map), Progress.NONE, () -> false);
            assertThat(rest.text()).startsWith("imported 1 documents, 11 spans, 11 relations (brat)\n")
                    .contains("\n3 " + EVENTS).contains("\n3 " + SAID_BY).contains("\n3 skipped: " + SELF)
                    .contains("1 duplicates skipped");
            assertThat(rest.notes()).containsEntry("discontinuous brat T lines imported as fragment spans tied by"
                    + " fragment_of", 2);
        }
    }
}
