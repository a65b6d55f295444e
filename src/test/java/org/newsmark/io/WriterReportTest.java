package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/** Writers never drop silently: the report says what was left out and why. */
class WriterReportTest {

    private static ExportReport write(DatasetFormat format, ExportOptions options, ByteArrayOutputStream out,
                                      List<AnnotatedDocument> docs) throws IOException {
        try (DatasetWriter w = format.openWriter(out, options)) {
            for (AnnotatedDocument d : docs) {
                w.write(d, TestCorpus.SCHEME);
            }
            return w.finish();
        }
    }

    @Test
    void doccanoCountsTheRelationsItCannotCarry() throws IOException {
        ExportReport r = write(DatasetFormat.DOCCANO, ExportOptions.defaults(), new ByteArrayOutputStream(),
                TestCorpus.documents());
        assertThat(r.documents()).isEqualTo(3);
        assertThat(r.spans()).isEqualTo(14);
        assertThat(r.relationsDropped()).isEqualTo(4);
        assertThat(r.summary()).contains("4 relations dropped");
    }

    @Test
    void labelSubsetDropsSpansAndTheRelationsThatLoseAnEnd() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport r = write(DatasetFormat.DOCCANO_REL, ExportOptions.defaults().withLabels(Set.of("quote", "place")),
                out, TestCorpus.documents());
        assertThat(r.droppedSpans()).containsEntry(ExportSelection.NOT_SELECTED, 6);
        assertThat(r.droppedRelations()).containsEntry(ExportSelection.END_DROPPED, 4);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("speaker").doesNotContain("figure");
    }

    @Test
    void spansOutsideTheTextAndReservedMetadataKeysAreReported() throws IOException {
        Document doc = new Document(0, "d", "t", "short 👍", DocumentStatus.NEW, Map.of("text", "clash", "ok", true));
        AnnotatedDocument ad = new AnnotatedDocument(doc,
                List.of(Span.of(1, 0, 5, "place"), Span.of(2, 3, 50, "place"), Span.of(3, 6, 7, "place")),
                List.of(Relation.of(1, 1, 9, Relation.SAID_BY)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport r = write(DatasetFormat.DOCCANO, ExportOptions.defaults(), out, List.of(ad));
        assertThat(r.spans()).isEqualTo(1);
        assertThat(r.droppedSpans()).containsEntry(ExportSelection.BAD_RANGE, 2);
        assertThat(r.droppedRelations()).containsEntry(ExportSelection.END_MISSING, 1);
        assertThat(r.warnings()).anyMatch(w -> w.contains("metadata key 'text'"));
        JsonNode line = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(line.get("text").asText()).isEqualTo("short 👍");
        assertThat(line.get("ok").asBoolean()).isTrue();
    }

    @Test
    void emptyExportsAreValidFiles() throws IOException {
        ByteArrayOutputStream ls = new ByteArrayOutputStream();
        write(DatasetFormat.LABELSTUDIO, ExportOptions.defaults(), ls, List.of());
        assertThat(Json.MAPPER.readTree(ls.toByteArray()).isArray()).isTrue();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        write(DatasetFormat.CSV, ExportOptions.defaults(), csv, List.of());
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("document_id,document_name,span_id,label");
    }
}
