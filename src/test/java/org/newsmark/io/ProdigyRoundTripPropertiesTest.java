package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Random texts (emoji, CJK, combining marks, CRLF, runs of spaces) with random spans, touching and
 * nested ones included: the Prodigy file gives back every span and relation exactly, and spaCy finds
 * every span strictly in the Doc built from its tokens.
 */
class ProdigyRoundTripPropertiesTest {

    private static final String[] PIECES = {"Seoul", "-", "Washington", "a", "7", "40%", ",", ".", "\"", "'", " ",
        " ", "  ", "\t", "\r\n", "\n", "\r", "\u00A0", "\u3000", "제주도", "에서", "東京", "に", "😀", "👍🏽", "🇰🇷",
        "👩\u200D👩\u200D👧", "e\u0301", "x\u0308\u0323", "…", "—"};
    private static final String[] LABELS = {"speaker", "quote", "figure", "place"};

    /** A text with spans on its code point boundaries and said_by relations between them. */
    record Case(String text, List<Span> spans, List<Relation> relations) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(30).map(l -> String.join("", l))
                .flatMap(this::caseFor);
    }

    private Arbitrary<Case> caseFor(String text) {
        int[] bounds = text.codePoints().map(Character::charCount).toArray();
        int[] boundaries = new int[bounds.length + 1];
        for (int i = 0; i < bounds.length; i++) {
            boundaries[i + 1] = boundaries[i] + bounds[i];
        }
        int last = boundaries.length - 1;
        Arbitrary<String> label = Arbitraries.of(LABELS);
        // anywhere: nested, overlapping, same-range spans
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, String>>> free = Combinators.combine(
                Arbitraries.integers().between(0, last), Arbitraries.integers().between(0, last), label)
                .as(Tuple::of).list().ofMaxSize(8);
        // a chain of touching spans over sorted cut points
        Arbitrary<List<Integer>> chain = Arbitraries.integers().between(0, last).set().ofMaxSize(6)
                .map(s -> s.stream().sorted().toList());
        return Combinators.combine(free, chain, label, Arbitraries.integers().between(0, 1 << 20))
                .as((pairs, cuts, chainLabel, seed) -> build(text, boundaries, pairs, cuts, chainLabel, seed));
    }

    private static Case build(String text, int[] boundaries, List<Tuple.Tuple3<Integer, Integer, String>> pairs,
                              List<Integer> cuts, String chainLabel, int seed) {
        Map<String, Span> spans = new LinkedHashMap<>();
        for (Tuple.Tuple3<Integer, Integer, String> p : pairs) {
            add(spans, boundaries[Math.min(p.get1(), p.get2())], boundaries[Math.max(p.get1(), p.get2())], p.get3());
        }
        for (int i = 1; i < cuts.size(); i++) {
            add(spans, boundaries[cuts.get(i - 1)], boundaries[cuts.get(i)], chainLabel);
        }
        List<Span> list = new ArrayList<>(spans.values());
        List<Relation> relations = new ArrayList<>();
        for (int i = 1; i < list.size(); i++) {
            if ((seed >> i & 1) == 1) {
                Span from = list.get(i);
                Span to = list.get((seed + i) % i);
                relations.add(Relation.of(relations.size() + 1L, from.id(), to.id(), Relation.SAID_BY));
            }
        }
        return new Case(text, list, relations);
    }

    private static void add(Map<String, Span> spans, int start, int end, String label) {
        if (start < end) {
            spans.putIfAbsent(label + " " + start + "-" + end,
                    new Span(spans.size() + 1L, 0, new TextRange(start, end), label, "analyst"));
        }
    }

    @Property(tries = 400)
    void everySpanComesBackAndIsFoundStrictly(@ForAll("cases") Case c, @ForAll OffsetUnit unit)
            throws IOException, DatasetException {
        AnnotatedDocument doc = new AnnotatedDocument(
                new Document(0, "doc", Document.titleOf(c.text()), c.text(), DocumentStatus.NEW, Map.of()),
                c.spans(), c.relations());
        Path file = Files.createTempFile("prodigy-property", ".jsonl");
        try {
            ExportReport report;
            try (DatasetWriter w = DatasetFormat.PRODIGY.openWriter(file, ExportOptions.defaults().withOffsets(unit))) {
                w.write(doc, TestCorpus.SCHEME);
                report = w.finish();
            }
            assertThat(report.droppedSpans()).isEmpty();
            assertThat(report.extendedSpans()).isZero();
            assertThat(report.relations()).isEqualTo(c.relations().size());

            JsonNode task = Json.MAPPER.readTree(Files.readString(file));
            assertThat(SpacyDocCheck.assertLoadsStrictly(task, c.text(), unit)).isEqualTo(c.spans().size());

            ImportBatch batch = DatasetFormat.PRODIGY.reader().read(List.of(file), new ImportOptions(unit));
            AnnotatedDocument back = batch.documents().get(0);
            assertThat(back.document().text()).isEqualTo(c.text());
            assertThat(sorted(back)).isEqualTo(sorted(doc));
            assertThat(TestCorpus.relationKeys(back)).isEqualTo(TestCorpus.relationKeys(doc));
            assertThat(back.relations()).hasSameSizeAs(doc.relations());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> sorted(AnnotatedDocument d) {
        return d.spans().stream().sorted(Span.BY_POSITION).map(s -> s.label() + " " + s.start() + "-" + s.end())
                .toList();
    }
}
