package org.newsmark.app.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Builds layered documents for the tests: {@code layer("ann").span("place", 0, 5)...}. */
final class Layers {

    private final Document document;
    private final Map<String, List<Span>> spans = new LinkedHashMap<>();
    private final Map<String, List<Relation>> relations = new LinkedHashMap<>();
    private String current;
    private long nextId = 1;

    private Layers(Document document) {
        this.document = document;
    }

    static Layers of(String name, String text) {
        return new Layers(Document.of(name, text));
    }

    static Layers of(long id, String name, String text) {
        return new Layers(Document.of(name, text).withId(id));
    }

    Layers layer(String annotator) {
        current = annotator;
        spans.computeIfAbsent(annotator, k -> new ArrayList<>());
        return this;
    }

    Layers span(String label, int start, int end) {
        spans.get(current).add(new Span(nextId++, document.id(), new TextRange(start, end), label, current));
        return this;
    }

    /** A quote said by a speaker, both new spans of the current layer. */
    Layers saidBy(int quoteStart, int quoteEnd, int speakerStart, int speakerEnd) {
        long quote = nextId;
        span("quote", quoteStart, quoteEnd);
        long speaker = nextId;
        span("speaker", speakerStart, speakerEnd);
        relations.computeIfAbsent(current, k -> new ArrayList<>()).add(Relation.of(nextId++, quote, speaker, Relation.SAID_BY));
        return this;
    }

    LayeredDocument build() {
        return new LayeredDocument(document, spans, relations);
    }

    /** {@code count} tokens "t0 t1 ..." separated by single spaces, and where each token starts. */
    static String tokens(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append('t').append(i);
        }
        return sb.toString();
    }

    /** The character range of tokens {@code first..last} (inclusive) of {@link #tokens}. */
    static TextRange tokenRange(String text, int first, int last) {
        String[] words = text.split(" ");
        int start = 0;
        for (int i = 0; i < first; i++) {
            start += words[i].length() + 1;
        }
        int end = start;
        for (int i = first; i <= last; i++) {
            end += words[i].length() + (i == first ? 0 : 1);
        }
        return new TextRange(start, end);
    }
}
