package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AnnotatedDocument;

class ConllReaderTest {

    @TempDir
    Path dir;

    private List<String> spansOf(String content) throws Exception {
        Path file = dir.resolve("in.conll");
        Files.writeString(file, content);
        AnnotatedDocument doc = new ConllReader().read(List.of(file), ImportOptions.defaults()).documents().get(0);
        return doc.spans().stream().map(s -> s.textIn(doc.document().text()) + "/" + s.label()).toList();
    }

    @Test
    void readsIob2() throws Exception {
        assertThat(spansOf("Kim B-PER\nLee B-PER\nJr I-PER\nsaid O\n")).containsExactly("Kim/PER", "Lee Jr/PER");
    }

    @Test
    void readsIob1WhereIStartsAnEntity() throws Exception {
        assertThat(spansOf("-DOCSTART- -X- -X- O\n\nEU NNP I-ORG\nrejects VBZ O\nGerman JJ I-MISC\ncall NN O\n"
                + "Kim NNP I-PER\nLee NNP B-PER\nJr NNP I-PER\n"))
                .containsExactly("EU/ORG", "German/MISC", "Kim/PER", "Lee Jr/PER");
    }

    @Test
    void tabSeparatedAndSentenceBoundariesEndEntities() throws Exception {
        assertThat(spansOf("New\tB-LOC\nYork\tI-LOC\n\nYork\tI-LOC\n")).containsExactly("New York/LOC", "York/LOC");
    }

    @Test
    void docstartSplitsDocuments() throws Exception {
        Path file = dir.resolve("many.conll");
        Files.writeString(file, "-DOCSTART- -X- -X- O\n\nA B-X\n\n-DOCSTART- -X- -X- O\n\nB O\n");
        ImportBatch batch = new ConllReader().read(List.of(file), ImportOptions.defaults());
        assertThat(batch.documents()).extracting(d -> d.document().name()).containsExactly("many-1", "many-2");
    }

    @Test
    void keepsTheDocstartLineTheMiddleColumnsAndIob1InTheMetadata() throws Exception {
        Path file = dir.resolve("kept.conll");
        Files.writeString(file, "-DOCSTART-\t-X-\t-X-\tO\n\nEU NNP B-NP I-ORG\nsaid VBD B-VP O\n\n"
                + "-DOCSTART- -X- O O\n\nKim NNP B-NP B-PER\n\nLee NNP B-NP B-PER\n");
        List<AnnotatedDocument> docs = new ConllReader().read(List.of(file), ImportOptions.defaults()).documents();
        assertThat(docs.get(0).document().metadata())
                .isEqualTo(java.util.Map.of("conll", java.util.Map.of("columns", List.of("NNP B-NP", "VBD B-VP"),
                        "tags", "IOB1")));
        assertThat(docs.get(1).document().text()).isEqualTo("Kim\nLee");
        assertThat(docs.get(1).document().metadata())
                .isEqualTo(java.util.Map.of("conll", java.util.Map.of("docstart", "-DOCSTART- -X- O O",
                        "columns", List.of("NNP B-NP", "NNP B-NP"))));
    }
}
