package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AnnotatedDocument;

class ConllWriterTest {

    private static final String EXAMPLE = "Lee said \"40% of homes flooded\" in Seoul.";

    @TempDir
    Path dir;

    private static AnnotatedDocument example() {
        TestCorpus.Builder b = new TestCorpus.Builder("example", EXAMPLE);
        long lee = b.span("speaker", "Lee");
        long q = b.span("quote", "40% of homes flooded");
        b.span("figure", "40%");
        b.span("place", "Seoul");
        return b.saidBy(q, lee).build();
    }

    private static String write(ExportOptions options, ExportReport[] report, AnnotatedDocument... docs)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatasetWriter w = DatasetFormat.CONLL.openWriter(out, options)) {
            for (AnnotatedDocument d : docs) {
                w.write(d, TestCorpus.SCHEME);
            }
            report[0] = w.finish();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outerPolicyKeepsTheQuoteAndReportsTheNestedFigure() throws IOException {
        ExportReport[] report = new ExportReport[1];
        String out = write(ExportOptions.defaults(), report, example());
        assertThat(out).isEqualTo("""
                -DOCSTART- -X- -X- O

                Lee B-speaker
                said O
                " O
                40 B-quote
                % I-quote
                of I-quote
                homes I-quote
                flooded I-quote
                " O
                in O
                Seoul B-place
                . O

                """);
        assertThat(report[0].spans()).isEqualTo(3);
        assertThat(report[0].droppedSpans()).containsEntry("nested inside a longer span (nested=outer)", 1);
        assertThat(report[0].droppedRelations()).containsEntry("CoNLL cannot carry relations", 1);
    }

    @Test
    void innerPolicyKeepsTheFigureAndDropsTheQuote() throws IOException {
        ExportReport[] report = new ExportReport[1];
        String out = write(ExportOptions.defaults().withNested(NestedPolicy.INNER), report, example());
        assertThat(out).contains("40 B-figure\n% I-figure\nof O\n");
        assertThat(report[0].droppedSpans()).containsEntry("contains a shorter span (nested=inner)", 1);
    }

    @Test
    void labelSubsetExportsOnlyThoseLabelsAndSaysSo() throws IOException {
        ExportReport[] report = new ExportReport[1];
        String out = write(ExportOptions.defaults().withLabels(Set.of("figure")), report, example());
        assertThat(out).contains("40 B-figure\n% I-figure\n").doesNotContain("quote").doesNotContain("speaker");
        assertThat(report[0].droppedSpans()).containsEntry(ExportSelection.NOT_SELECTED, 3);
        assertThat(report[0].droppedSpans()).doesNotContainKey("nested inside a longer span (nested=outer)");
    }

    @Test
    void spansOffTokenBoundariesAreExtendedAndCounted() throws IOException {
        TestCorpus.Builder b = new TestCorpus.Builder("partial", "The floods hit Seoulites hard.");
        b.span("place", "Seoul");
        b.span("figure", "loods");
        ExportReport[] report = new ExportReport[1];
        String out = write(ExportOptions.defaults(), report, b.build());
        assertThat(out).contains("floods B-figure\n").contains("Seoulites B-place\n");
        assertThat(report[0].extendedSpans()).isEqualTo(2);
    }

    @Test
    void sentencesAreSeparatedButNotInsideASpanAndTokensAreNeverEmpty() throws IOException {
        TestCorpus.Builder b = new TestCorpus.Builder("two", "Floods hit.\r\n\tLee said \"Help.  Now.\" Then\u00A0left.");
        b.span("quote", "Help.  Now.");
        ExportReport[] report = new ExportReport[1];
        String out = write(ExportOptions.defaults(), report, b.build());
        assertThat(out).contains(". O\n\nLee O\n");
        assertThat(out).contains("Help B-quote\n. I-quote\nNow I-quote\n. I-quote\n");
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                String[] cols = line.split(" ");
                assertThat(cols[0]).isNotEmpty();
                assertThat(cols.length == 2 || line.startsWith("-DOCSTART-")).as(line).isTrue();
            }
        }
    }

    @Test
    void writtenFileReadsBackWithTheKeptSpans() throws Exception {
        Path file = dir.resolve("out.conll");
        try (DatasetWriter w = DatasetFormat.CONLL.openWriter(file, ExportOptions.defaults())) {
            w.write(example(), TestCorpus.SCHEME);
            w.write(TestCorpus.documents().get(0), TestCorpus.SCHEME);
            w.finish();
        }
        ImportBatch batch = DatasetFormat.detect(file).orElseThrow().reader().read(List.of(file), ImportOptions.defaults());
        assertThat(batch.documents()).hasSize(2);
        AnnotatedDocument doc = batch.documents().get(0);
        assertThat(doc.spans()).extracting(s -> s.textIn(doc.document().text()) + "/" + s.label())
                .containsExactly("Lee/speaker", "40 % of homes flooded/quote", "Seoul/place");
        assertThat(Files.readString(file)).contains("👍 I-quote");
    }

    @Test
    void metadataThatDoesNotFitTheTextFallsBackToTheTokenizerWithAWarning() throws IOException {
        TestCorpus.Builder wrong = new TestCorpus.Builder("wrong", "1996-12-06  was a Friday.");
        wrong.meta("conll", java.util.Map.of());
        TestCorpus.Builder odd = new TestCorpus.Builder("odd", "Kim's U.S. trip");
        odd.meta("conll", "yes");
        TestCorpus.Builder own = new TestCorpus.Builder("own", "Kim 's U.S. trip\n( 1996-12-06 )");
        own.meta("conll", java.util.Map.of("columns", List.of("a", "b", "c", "d", "e", "f", "g")));
        own.span("PER", "Kim");
        ExportReport[] report = new ExportReport[1];
        String out = write(ExportOptions.defaults(), report, own.build(), wrong.build(), odd.build());
        assertThat(out).startsWith("-DOCSTART- -X- -X- O\n\nKim a B-PER\n's b O\nU.S. c O\ntrip d O\n\n"
                + "( e O\n1996-12-06 f O\n) g O\n\n-DOCSTART- -X- -X- O\n\n1996 -X- O\n- -X- O\n12 -X- O\n");
        assertThat(out).endsWith("Kim's -X- O\nU.S -X- O\n. -X- O\ntrip -X- O\n\n");
        assertThat(report[0].warnings()).anyMatch(w -> w.contains("'wrong': its CoNLL tokens do not fit its text"))
                .anyMatch(w -> w.contains("'odd': middle columns padded with -X- to the file's 1"))
                .noneMatch(w -> w.contains("'odd': its CoNLL"));
    }
}
