package org.newsmark.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** A small corpus with nested spans, relations, emoji, flags, CJK, combining marks, CRLF, tabs, NBSP. */
final class TestCorpus {

    static final LabelScheme SCHEME = new LabelScheme(List.of(
            Label.of("speaker", "#1f77b4", "s", 0), Label.of("quote", "#ff7f0e", "q", 1),
            Label.of("figure", "#2ca02c", "f", 2), Label.of("place", "#d62728", "p", 3)),
            List.of(Relation.SAID_BY));

    private TestCorpus() {
    }

    /** Builds a document; spans are given by the n-th occurrence of their text. */
    static final class Builder {
        private final String name;
        private final String text;
        private final Map<String, Object> meta = new LinkedHashMap<>();
        private final List<Span> spans = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();

        Builder(String name, String text) {
            this.name = name;
            this.text = text;
        }

        long span(String label, String fragment) {
            return span(label, fragment, 1);
        }

        long span(String label, String fragment, int occurrence) {
            int at = -1;
            for (int i = 0; i < occurrence; i++) {
                at = text.indexOf(fragment, at + 1);
            }
            if (at < 0) {
                throw new IllegalArgumentException(fragment);
            }
            long id = spans.size() + 10L;
            spans.add(new Span(id, 0, new TextRange(at, at + fragment.length()), label, "analyst"));
            return id;
        }

        Builder saidBy(long quote, long speaker) {
            relations.add(Relation.of(relations.size() + 100L, quote, speaker, Relation.SAID_BY));
            return this;
        }

        Builder meta(String key, Object value) {
            meta.put(key, value);
            return this;
        }

        AnnotatedDocument build() {
            return new AnnotatedDocument(new Document(0, name, Document.titleOf(text), text, DocumentStatus.NEW, meta),
                    spans, relations);
        }
    }

    static List<AnnotatedDocument> documents() {
        Builder a = new Builder("seoul-floods",
                "Floods in Seoul 🌧\r\nLee said \"40% of homes flooded\" in Seoul.\r\n"
                        + "Kim\tadded: \"We need 👍 help now,\" in Busan.\r\n");
        long lee = a.span("speaker", "Lee");
        long q1 = a.span("quote", "40% of homes flooded");
        a.span("figure", "40%");
        a.span("place", "Seoul", 1);
        a.span("place", "Seoul", 2);
        long kim = a.span("speaker", "Kim");
        long q2 = a.span("quote", "We need 👍 help now,");
        a.span("place", "Busan");
        a.saidBy(q1, lee).saidBy(q2, kim).meta("source", "wire").meta("n", 3).meta("tags", List.of("a", "b"));

        Builder b = new Builder("yoon-call",
                "🇰🇷 Yoon calls Rutte\n\nYoon said\u00A012\u00A0000 troops were in 서울 and Cafe\u0301 Cre\u0300me.\n"
                        + "\"We are ready,\r\nto act,\" he said.");
        long yoon = b.span("speaker", "Yoon", 2);
        long he = b.span("speaker", "he");
        long q3 = b.span("quote", "We are ready,\r\nto act,");
        b.span("figure", "12\u00A0000 troops");
        b.span("place", "서울");
        b.span("place", "🇰🇷");
        b.saidBy(q3, he).saidBy(q3, yoon).meta("nested", Map.of("k", "v"));

        Builder c = new Builder("plain", "No annotations here, only text 👍");
        return List.of(a.build(), b.build(), c.build());
    }

    /** Spans as comparable strings "start-end:label". */
    static Set<String> spanKeys(AnnotatedDocument d) {
        return d.spans().stream().map(s -> s.start() + "-" + s.end() + ":" + s.label()).collect(Collectors.toSet());
    }

    /** Relations as "fromKey>type>toKey" with span keys instead of ids. */
    static Set<String> relationKeys(AnnotatedDocument d) {
        Map<Long, String> keys = d.spans().stream()
                .collect(Collectors.toMap(Span::id, s -> s.start() + "-" + s.end() + ":" + s.label()));
        return d.relations().stream().map(r -> keys.get(r.fromSpanId()) + ">" + r.type() + ">" + keys.get(r.toSpanId()))
                .collect(Collectors.toSet());
    }

    /** A substring by code point offsets, as Python's text[start:end]. */
    static String codePointSlice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
