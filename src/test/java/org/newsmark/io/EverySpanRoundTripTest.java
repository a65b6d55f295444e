package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Every format that claims to keep every span ({@link DatasetFormat#keepsEverySpan()}) gives back,
 * after its writer and its reader, the very spans of a corpus made to break tokenisers: CJK inside
 * words, emoji (flags, skin tones, ZWJ families), combining marks cut off their letter, hyphenated
 * and touching spans, nested and same-range spans, spaces at span edges, CRLF, tabs, NBSP.
 */
class EverySpanRoundTripTest {

    @TempDir
    Path dir;

    /** Documents whose spans no tokeniser's boundaries would give. */
    static List<AnnotatedDocument> trickyDocuments() {
        TestCorpus.Builder jeju = new TestCorpus.Builder("jeju", "제주도에서 회의가 열렸다");
        jeju.span("place", "제주도에서 회"); // (0,7): ends inside a word
        jeju.span("place", "제주도");
        jeju.span("figure", "열렸다");

        TestCorpus.Builder hyphen = new TestCorpus.Builder("hyphen",
                "Seoul-Washington talks: \"Seoul–Busan  ties\r\nare 👍🏽 good,\" Moon said.\r\n");
        hyphen.span("place", "Seoul");
        hyphen.span("place", "Washington");
        hyphen.span("place", "Seoul", 2);
        hyphen.span("place", "Busan");
        long quote = hyphen.span("quote", "Seoul–Busan  ties\r\nare 👍🏽 good,");
        hyphen.span("figure", "👍🏽");
        long moon = hyphen.span("speaker", "Moon");
        hyphen.saidBy(quote, moon).meta("source", "wire");

        TestCorpus.Builder touching = new TestCorpus.Builder("touching",
                "서울부산 🇰🇷🇯🇵 NewYork 👩\u200D👩\u200D👧family said \"ok\"");
        touching.span("place", "서울");
        touching.span("place", "부산");
        touching.span("place", "🇰🇷");
        touching.span("place", "🇯🇵");
        touching.span("place", "New");
        touching.span("place", "York");
        touching.span("place", "NewYork");
        touching.span("figure", "NewYork");
        long family = touching.span("speaker", "👩\u200D👩\u200D👧");
        touching.span("figure", "family");
        long ok = touching.span("quote", "ok");
        touching.saidBy(ok, family);

        TestCorpus.Builder edges = new TestCorpus.Builder("crlf-edges",
                "Kim said:\r\n\"We  act\tnow.\"\r\n\r\nCafe\u0301 at 12\u00A0000 points \r\nx");
        long kim = edges.span("speaker", "Kim");
        long act = edges.span("quote", "We  act\tnow.");
        edges.span("quote", " act"); // starts on the second of two spaces
        edges.span("place", "Cafe"); // without its combining accent
        edges.span("place", "\u0301 at");
        edges.span("figure", "12\u00A0000");
        edges.span("figure", " points "); // spaces on both sides
        edges.span("figure", "said:\r"); // ends between CR and LF
        edges.span("quote", "\"\r\n\r\nCafe");
        edges.saidBy(act, kim);

        return List.of(jeju.build(), hyphen.build(), touching.build(), edges.build());
    }

    static Stream<Arguments> formatsKeepingEverySpan() {
        return Arrays.stream(DatasetFormat.values()).filter(DatasetFormat::keepsEverySpan)
                .flatMap(f -> Arrays.stream(OffsetUnit.values()).map(u -> Arguments.of(f, u)));
    }

    private record Export(ExportReport report, Path file) {
    }

    private Export export(DatasetFormat format, OffsetUnit unit, List<AnnotatedDocument> docs) throws IOException {
        Path out = dir.resolve(format.writesFolder() ? format.code() : format.code() + "." + format.extension());
        try (DatasetWriter w = format.openWriter(out, ExportOptions.defaults().withOffsets(unit))) {
            for (AnnotatedDocument d : docs) {
                w.write(d, TestCorpus.SCHEME);
            }
            return new Export(w.finish(), out);
        }
    }

    /** Spans as "label start-end" in document order, duplicates kept: a merge or a split shows. */
    private static List<String> spans(AnnotatedDocument d) {
        return d.spans().stream().sorted(Span.BY_POSITION).map(s -> s.label() + " " + s.start() + "-" + s.end())
                .toList();
    }

    /**
     * The document as it must come back: the one loss allowed is a line break at a span's edge, which
     * brat's fragments cannot hold, and only where the export's report names that span.
     */
    private static AnnotatedDocument excusingEdgeBreaks(AnnotatedDocument d, List<String> warnings) {
        String text = d.document().text();
        List<Span> spans = new ArrayList<>();
        for (Span s : d.spans()) {
            String named = "document '" + d.document().name() + "': span " + s.range() + " ";
            if (warnings.stream().anyMatch(w -> w.startsWith(named))) {
                int start = s.start();
                int end = s.end();
                while (start < end && isBreak(text.charAt(start))) {
                    start++;
                }
                while (end > start && isBreak(text.charAt(end - 1))) {
                    end--;
                }
                assertThat(start != s.start() || end != s.end()).as("a warning names %s", s).isTrue();
                s = new Span(s.id(), s.documentId(), new TextRange(start, end), s.label(), s.annotator());
            }
            spans.add(s);
        }
        return new AnnotatedDocument(d.document(), spans, d.relations());
    }

    private static boolean isBreak(char c) {
        return c == '\r' || c == '\n';
    }

    private static Map<String, AnnotatedDocument> byName(List<AnnotatedDocument> docs) {
        return docs.stream().collect(Collectors.toMap(d -> d.document().name(), Function.identity()));
    }

    @Test
    void theFormatsThatSayTheyKeepEverySpanIncludeTheUsualOnes() {
        assertThat(Arrays.stream(DatasetFormat.values()).filter(DatasetFormat::keepsEverySpan))
                .contains(DatasetFormat.DOCCANO, DatasetFormat.DOCCANO_REL, DatasetFormat.PRODIGY, DatasetFormat.BRAT,
                        DatasetFormat.LABELSTUDIO)
                .doesNotContain(DatasetFormat.CONLL, DatasetFormat.CSV, DatasetFormat.TXT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formatsKeepingEverySpan")
    void exportThenImportGivesBackEverySpanExactly(DatasetFormat format, OffsetUnit unit) throws Exception {
        List<AnnotatedDocument> docs = trickyDocuments();
        Export export = export(format, unit, docs);
        assertThat(export.report().droppedSpans()).isEmpty();
        assertThat(export.report().extendedSpans()).isZero();
        assertThat(export.report().spans()).isEqualTo(docs.stream().mapToInt(d -> d.spans().size()).sum());

        ImportBatch batch = format.reader().read(List.of(export.file()), new ImportOptions(unit));

        Map<String, AnnotatedDocument> got = byName(batch.documents());
        assertThat(got).hasSameSizeAs(docs);
        int relations = docs.stream().mapToInt(d -> d.relations().size()).sum();
        boolean keepsRelations = export.report().relationsDropped() == 0;
        if (!keepsRelations) {
            assertThat(export.report().relationsDropped()).isEqualTo(relations);
        }
        for (AnnotatedDocument want : docs) {
            AnnotatedDocument back = got.get(want.document().name());
            assertThat(back).as(want.document().name()).isNotNull();
            assertThat(back.document().text()).isEqualTo(want.document().text());
            assertThat(spans(back)).as(want.document().name())
                    .isEqualTo(spans(excusingEdgeBreaks(want, export.report().warnings())));
            if (keepsRelations) {
                assertThat(TestCorpus.relationKeys(back)).isEqualTo(TestCorpus.relationKeys(want));
                assertThat(back.relations()).hasSameSizeAs(want.relations());
            } else {
                assertThat(back.relations()).isEmpty();
            }
        }
    }

    /**
     * CoNLL gives a token one tag and rebuilds the text from its tokens: it keeps reporting what it
     * cannot write, every span either comes back or is counted as dropped, and the widened ones are counted.
     */
    @ParameterizedTest
    @EnumSource(OffsetUnit.class)
    void formatsThatCannotKeepEverySpanReportWhatTheyLose(OffsetUnit unit) throws Exception {
        List<DatasetFormat> lossy = Arrays.stream(DatasetFormat.values())
                .filter(f -> f.canRead() && f.canWrite() && !f.keepsEverySpan()).toList();
        assertThat(lossy).contains(DatasetFormat.CONLL);
        List<AnnotatedDocument> docs = trickyDocuments();
        int total = docs.stream().mapToInt(d -> d.spans().size()).sum();
        for (DatasetFormat format : lossy) {
            Export export = export(format, unit, docs);
            ImportBatch batch = format.reader().read(List.of(export.file()), new ImportOptions(unit));
            assertThat(export.report().spansDropped()).as(format.code()).isPositive();
            assertThat(export.report().extendedSpans()).as(format.code()).isPositive();
            assertThat(batch.spanCount() + export.report().spansDropped()).as(format.code()).isEqualTo(total);
        }
    }

    @ParameterizedTest
    @EnumSource(OffsetUnit.class)
    void prodigyLoadsInSpacyWithEverySpanFoundStrictly(OffsetUnit unit) throws Exception {
        List<AnnotatedDocument> docs = new ArrayList<>(trickyDocuments());
        docs.addAll(TestCorpus.documents());
        Export export = export(DatasetFormat.PRODIGY, unit, docs);
        List<String> lines = Files.readAllLines(export.file());
        assertThat(lines).hasSameSizeAs(docs);
        for (int i = 0; i < docs.size(); i++) {
            JsonNode task = Json.MAPPER.readTree(lines.get(i));
            AnnotatedDocument doc = docs.get(i);
            assertThat(SpacyDocCheck.assertLoadsStrictly(task, doc.document().text(), unit))
                    .as(doc.document().name()).isEqualTo(doc.spans().size());
            assertThat(task.get("relations")).hasSameSizeAs(doc.relations());
        }
    }

    @Test
    void theIssuesExamplesComeBackAsAnnotated() throws Exception {
        List<AnnotatedDocument> docs = trickyDocuments();
        Export export = export(DatasetFormat.PRODIGY, OffsetUnit.CODEPOINT, docs);
        List<String> lines = Files.readAllLines(export.file());
        JsonNode jeju = Json.MAPPER.readTree(lines.get(0));
        assertThat(jeju.get("spans").get(0).get("start").asInt()).isZero();
        assertThat(jeju.get("spans").get(0).get("end").asInt()).isEqualTo(7);
        JsonNode hyphen = Json.MAPPER.readTree(lines.get(1));
        assertThat(hyphen.get("spans")).extracting(s -> s.get("start").asInt() + "-" + s.get("end").asInt())
                .startsWith("0-5", "6-16");
        assertThat(hyphen.get("tokens")).extracting(t -> t.get("text").asText())
                .startsWith("Seoul", "-", "Washington", "talks", ":");
    }
}
