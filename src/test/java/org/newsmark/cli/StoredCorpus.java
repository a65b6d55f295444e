package org.newsmark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;

/**
 * A small database with nested spans, relations, emoji, a flag, Hangul, CRLF, a tab and a
 * non-breaking space, one document done; and a way to compare two databases by content.
 */
final class StoredCorpus {

    static final String FIRST = "Lee said \"40% of homes flooded\" in Seoul.\r\nKim 👍 replied \"no\" at once.";
    static final String SECOND = "Café\tnews 🇰🇷 from 서울: Park said \"done\"\u00A0today.";
    static final String THIRD = "No annotations here.\n";

    private StoredCorpus() {
    }

    static void create(Path db) {
        try (Workspace workspace = Workspace.open(db)) {
            Store store = WorkspaceStore.of(workspace);
            store.inTransaction(() -> {
                Document first = store.documents().insert(new Document(0, "first", "Lee", FIRST, DocumentStatus.NEW,
                        Map.of("source", "test", "n", 1)));
                long lee = span(store, first, "Lee", 0, "speaker");
                long quote = span(store, first, "40% of homes flooded", 0, "quote");
                span(store, first, "40%", 0, "figure");
                span(store, first, "Seoul", 0, "place");
                long kim = span(store, first, "Kim", 0, "speaker");
                long no = span(store, first, "no", 0, "quote");
                link(store, first, quote, lee);
                link(store, first, no, kim);
                Document second = store.documents().insert(Document.of("second", SECOND));
                span(store, second, "서울", 0, "place");
                long park = span(store, second, "Park", 0, "speaker");
                long done = span(store, second, "done", 0, "quote");
                link(store, second, done, park);
                store.documents().setStatus(second.id(), DocumentStatus.DONE);
                store.documents().insert(Document.of("third", THIRD));
                return null;
            });
        }
    }

    private static long span(Store store, Document document, String text, int from, String label) {
        int start = document.text().indexOf(text, from);
        Span span = new Span(0, document.id(), new TextRange(start, start + text.length()), label, "analyst");
        return store.spans().insert(span).id();
    }

    private static void link(Store store, Document document, long from, long to) {
        store.relations().insert(new Relation(0, document.id(), from, to, Relation.SAID_BY));
    }

    /** Texts, spans (offsets, label, text) and relations (by their spans' text and label) of every document, sorted. */
    static List<String> content(Path db, boolean withRelations) {
        try (Store store = Store.open(db)) {
            List<String> documents = new ArrayList<>();
            for (long id : store.documents().ids(java.util.Optional.empty())) {
                Document d = store.documents().find(id).orElseThrow();
                List<Span> spans = store.spans().forDocument(id);
                StringBuilder sb = new StringBuilder(d.text()).append('\n');
                spans.stream().map(s -> describe(s, d)).sorted().forEach(s -> sb.append("  ").append(s).append('\n'));
                if (withRelations) {
                    store.relations().forDocument(id).stream().map(r -> describe(find(spans, r.fromSpanId()), d)
                            + " -" + r.type() + "-> " + describe(find(spans, r.toSpanId()), d)).sorted()
                            .forEach(r -> sb.append("  ").append(r).append('\n'));
                }
                documents.add(sb.toString());
            }
            return documents.stream().sorted().toList();
        }
    }

    private static Span find(List<Span> spans, long id) {
        return spans.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private static String describe(Span s, Document d) {
        return "[" + s.start() + "," + s.end() + ") " + s.label() + " '" + s.textIn(d.text()) + "'";
    }
}
