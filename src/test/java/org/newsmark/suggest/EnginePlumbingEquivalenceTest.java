package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsmark.bench.SyntheticCorpus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * The engine's merge and memory lookups, written to allocate little, give exactly what the plain
 * version ({@link PlainEngine}) gives: on every Wikinews gold article with half its gold spans tagged,
 * some links, rejections and forgotten strings, and on the synthetic 1 MiB article of the benchmark.
 */
class EnginePlumbingEquivalenceTest {

    @Test
    void sameSuggestionsAsThePlainEngineOnTheGoldArticles() {
        List<GoldSet.GoldDocument> docs = GoldSet.load();
        CorpusMemory memory = new CorpusMemory();
        docs.forEach(d -> d.gold().spans().forEach(k -> memory.observe(k.textIn(d.text()), k.label())));
        // every seventh remembered string forgotten (rejected twice), so the forgotten check has work
        List<CorpusMemory.Entry> remembered = memory.snapshot();
        for (int i = 0; i < remembered.size(); i += 7) {
            memory.reject(remembered.get(i).text(), remembered.get(i).label());
            memory.reject(remembered.get(i).text(), remembered.get(i).label());
        }
        SuggestionEngine engine = SuggestionEngine.standard(Fixtures.GAZETTEER, memory);
        int compared = 0;
        for (GoldSet.GoldDocument d : docs) {
            List<SpanKey> gold = d.gold().spans();
            List<Span> tagged = new ArrayList<>();
            Set<SpanKey> rejected = new HashSet<>();
            for (int i = 0; i < gold.size(); i++) {
                if (i % 2 == 0) {
                    SpanKey k = gold.get(i);
                    tagged.add(new Span(i + 1, 0, k.range(), k.label(), "analyst"));
                } else if (i % 3 == 0) {
                    rejected.add(gold.get(i));
                }
            }
            List<Relation> relations = new ArrayList<>();
            for (int i = 1; i < tagged.size(); i += 4) {
                relations.add(Relation.of(i, tagged.get(i - 1).id(), tagged.get(i).id(), Relation.SAID_BY));
            }
            for (SuggestionContext context : List.of(SuggestionContext.of(d.text()),
                    new SuggestionContext(d.text(), tagged, relations, rejected))) {
                Suggestions plain = PlainEngine.suggest(engine.recommenders(), memory, context);
                assertThat(engine.suggest(context)).as(d.name()).isEqualTo(plain);
                compared += plain.spans().size() + plain.links().size();
            }
        }
        assertThat(compared).as("suggestions compared").isGreaterThan(1_000);
    }

    @Test
    void sameSuggestionsAsThePlainEngineOnTheSyntheticMebibyte() {
        String text = SyntheticCorpus.article(1024 * 1024, 2);
        List<Span> spans = SyntheticCorpus.spans(text, 20_000, 5);
        CorpusMemory memory = new CorpusMemory();
        spans.forEach(s -> memory.observe(s.textIn(text), s.label()));
        for (Span s : List.of(spans.get(3), spans.get(40))) {
            memory.reject(s.textIn(text), s.label());
            memory.reject(s.textIn(text), s.label());
        }
        SuggestionEngine engine = SuggestionEngine.standard(Fixtures.GAZETTEER, memory);
        SuggestionContext context = new SuggestionContext(text, spans, List.of(), Set.of());
        Suggestions plain = PlainEngine.suggest(engine.recommenders(), memory, context);
        assertThat(plain.spans()).hasSizeGreaterThan(100_000);
        assertThat(plain.links()).isNotEmpty();
        // element by element: a failure names the first difference instead of printing 400,000 suggestions
        Suggestions fast = engine.suggest(context);
        assertThat(fast.spans().size()).isEqualTo(plain.spans().size());
        for (int i = 0; i < plain.spans().size(); i++) {
            assertThat(fast.spans().get(i)).as("suggestion %d", i).isEqualTo(plain.spans().get(i));
        }
        assertThat(fast.links()).isEqualTo(plain.links());
    }
}
