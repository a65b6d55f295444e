package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.AnnotatedDocument;

/** The real sample files of src/test/resources/samples (doccano's own samples and brat's tutorial news). */
class SharedSamplesTest {

    private static final Path DOCCANO = Path.of("src/test/resources/samples/doccano");
    private static final Path BRAT = Path.of("src/test/resources/samples/brat-news");

    private static ImportBatch read(Path file) throws Exception {
        DatasetFormat format = DatasetFormat.detect(file).orElseThrow();
        return format.reader().read(List.of(file), ImportOptions.defaults());
    }

    @Test
    void doccanoRelationSampleGivesEntitiesAndRelations() throws Exception {
        ImportBatch batch = read(DOCCANO.resolve("relation_extraction-example.jsonl"));
        assertThat(batch.documents()).hasSize(1);
        AnnotatedDocument doc = batch.documents().get(0);
        assertThat(doc.spans()).hasSize(4);
        assertThat(doc.relations()).hasSize(3);
        assertThat(doc.spans().get(2).textIn(doc.document().text())).isEqualTo("Larry Page");
        assertThat(batch.labels()).containsExactly("ORG", "DATE", "PERSON");
        assertThat(batch.relationTypes()).containsExactly("foundedAt", "foundedBy");
    }

    @Test
    void doccanoOverlappingSampleMergesTheDuplicateSpan() throws Exception {
        ImportBatch batch = read(DOCCANO.resolve("sequence_labeling-example_overlapping.jsonl"));
        assertThat(batch.documents()).hasSize(1);
        assertThat(batch.documents().get(0).spans()).hasSize(1);
        assertThat(batch.skipped()).containsEntry("duplicate span", 1);
        assertThat(batch.documents().get(0).document().metadata()).containsKey("meta");
    }

    @Test
    void doccanoSampleWithoutTextFailsAtItsLine() {
        Path file = DOCCANO.resolve("sequence_labeling-example.jsonl");
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(DatasetException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file + ":3: ").contains("\"text\"");
        });
    }

    @Test
    void conllSamplesImportAndTheInvalidOneFailsAtLineOne() throws Exception {
        ImportBatch example = read(DOCCANO.resolve("sequence_labeling-example.conll"));
        AnnotatedDocument doc = example.documents().get(0);
        assertThat(doc.document().text()).isEqualTo("JAPAN GET\nNadim Ladki");
        assertThat(doc.spans()).extracting(s -> s.textIn(doc.document().text()) + "/" + s.label())
                .containsExactly("JAPAN/LOC", "Nadim Ladki/PER");

        ImportBatch trailing = read(DOCCANO.resolve("sequence_labeling-labeling.trailing.conll"));
        assertThat(trailing.documents()).hasSize(1);
        assertThat(trailing.spanCount()).isEqualTo(2);

        Path invalid = DOCCANO.resolve("sequence_labeling-labeling.invalid.conll");
        assertThatThrownBy(() -> DatasetFormat.CONLL.reader().read(List.of(invalid), ImportOptions.defaults()))
                .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void bratNewsImportsTRAndELinesAndCountsTheOtherKinds() throws Exception {
        ImportBatch batch = read(BRAT);
        assertThat(batch.documents()).hasSize(13);
        AnnotatedDocument intro = batch.documents().stream()
                .filter(d -> d.document().name().equals("000-introduction")).findFirst().orElseThrow();
        assertThat(intro.spans()).hasSize(7);
        // R2, R1 and the four arguments of E1 (from its trigger 'moving')
        assertThat(intro.relations()).hasSize(6);
        assertThat(intro.relations()).filteredOn(r -> r.type().startsWith("Transfer-money:"))
                .extracting(r -> r.type().substring("Transfer-money:".length()))
                .containsExactly("Giver-Arg", "Money-Arg", "Beneficiary-Arg", "Recipient-Arg");
        assertThat(intro.spans()).extracting(s -> s.textIn(intro.document().text())).contains("$100 million", "Citibank");
        assertThat(batch.spanCount()).isEqualTo(119);
        // 8 R lines and the 52 arguments of the 23 E lines (8 of them events, linked to their trigger)
        assertThat(batch.relationCount()).isEqualTo(60);
        assertThat(batch.notesFor(i -> true)).containsOnly(java.util.Map.entry(BratReader.EVENTS, 23),
                java.util.Map.entry(BratReader.EVENT_ARGUMENTS, 8));
        assertThat(batch.skipped())
                .containsOnlyKeys("brat A (attribute) line", "brat N (normalisation) line", "brat # (note) line",
                        "brat * (equivalence) line")
                .containsEntry("brat A (attribute) line", 11)
                .containsEntry("brat N (normalisation) line", 1)
                .containsEntry("brat # (note) line", 4)
                .containsEntry("brat * (equivalence) line", 2);
        assertThat(batch.labels()).contains("Organization", "Money", "Person", "GPE", "Merge-org");
    }
}
