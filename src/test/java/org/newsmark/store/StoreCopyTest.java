package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;
import static org.newsmark.store.Fixtures.TRICKY_TEXT;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.SuggestionRepository.Rejection;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresDatabase;

/** A corpus copied SQLite to PostgreSQL and back again is the same, row for row, ids and time stamps too. */
@ExtendWith(PostgresDatabase.class)
class StoreCopyTest {

    @TempDir
    Path dir;

    @Test
    void sqliteToPostgresToSqliteKeepsEveryRowOfEveryTable(PgConnectionSpec pg) {
        Path original = dir.resolve("original.newsmark");
        try (Store store = Fixtures.openWithLabels(original)) {
            corpus(store);
        }
        Map<String, List<List<String>>> before;
        try (Store source = Store.openReadOnly(original)) {
            before = StoreDump.of(source);
        }
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        try (Store source = Store.openReadOnly(original); Store server = Store.connect(pg)) {
            StoreCopy.Counts counts = StoreCopy.copy(source, server);
            assertThat(counts.of("documents")).isEqualTo(3);
            assertThat(counts.of("spans")).isEqualTo(before.get("spans").size());
            assertThat(StoreDump.of(server)).isEqualTo(before);
        }
        Path back = dir.resolve("back.newsmark");
        try (Store server = Store.connectReadOnly(pg); Store copy = Store.open(back)) {
            StoreCopy.copy(server, copy);
        }
        try (Store copy = Store.openReadOnly(back)) {
            assertThat(StoreDump.of(copy)).isEqualTo(before);
        }
        try (Store server = Store.connect(pg)) {
            // new rows after a copy take ids past the copied ones, on every table
            long doc = server.documents().insert(Document.of("after", "Rutte came back")).id();
            server.suggestions().reject(new Rejection(doc, PERSON, new TextRange(0, 5), "Rutte"));
            assertThat(server.suggestions().rejections(doc)).hasSize(1);
            Span span = server.spans().insert(Fixtures.span(doc, 0, 5, PERSON));
            assertThat(span.id()).isGreaterThan(Long.parseLong(before.get("id_reservations").get(0).get(1)));
        }
    }

    @Test
    void aTargetThatHoldsACorpusIsRefusedAndLeftAsItWas() {
        try (Store source = Fixtures.openWithLabels(dir.resolve("a.newsmark"));
             Store target = Fixtures.openWithLabels(dir.resolve("b.newsmark"))) {
            Fixtures.insertDocument(source, "d", "text");
            Map<String, List<List<String>>> before = StoreDump.of(target);
            assertThatThrownBy(() -> StoreCopy.copy(source, target)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already holds 0 documents and 3 labels");
            assertThat(StoreDump.of(target)).isEqualTo(before);
        }
    }

    @Test
    void progressCountsEveryRowAfterEveryBatchAndAStoppedCopyLeavesTheTargetAsItWas() {
        Path original = dir.resolve("many.newsmark");
        try (Store store = Fixtures.openWithLabels(original)) {
            corpus(store);
            store.inTransaction(() -> {
                long doc = Fixtures.insertDocument(store, "long", "x".repeat(1300)).id();
                for (int i = 0; i < 1200; i++) {
                    store.spans().insert(Fixtures.span(doc, i, i + 1, PERSON));
                }
                return null;
            });
        }
        List<long[]> told = new java.util.ArrayList<>();
        List<String> tables = new java.util.ArrayList<>();
        StoreCopy.Counts counts;
        try (Store source = Store.openReadOnly(original); Store target = Store.open(dir.resolve("copy.newsmark"))) {
            counts = StoreCopy.copy(source, target, (table, rows, tableRows, done, total) -> {
                told.add(new long[] {rows, tableRows, done, total});
                tables.add(table);
                return true;
            });
        }
        long rows = counts.rows().values().stream().mapToLong(Integer::longValue).sum();
        assertThat(told).extracting(t -> t[2]).isSorted().last().isEqualTo(rows);
        assertThat(told).allSatisfy(t -> assertThat(t[3]).isEqualTo(rows));
        // the spans table comes in three batches of at most 500 rows, each told as it is sent
        assertThat(java.util.stream.IntStream.range(0, told.size()).filter(i -> tables.get(i).equals("spans"))
                .mapToObj(i -> told.get(i)[0]).toList()).containsExactly(500L, 1000L, (long) counts.of("spans"));

        Path stopped = dir.resolve("stopped.newsmark");
        try (Store source = Store.openReadOnly(original); Store target = Fixtures.openWithLabels(stopped)) {
            target.inTransaction(() -> {
                target.connection().createStatement().executeUpdate("DELETE FROM labels");
                return null;
            });
            Map<String, List<List<String>>> before = StoreDump.of(target);
            int[] calls = {0};
            assertThatThrownBy(() -> StoreCopy.copy(source, target, (table, r, tr, done, total) -> ++calls[0] < 3))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(calls[0]).isEqualTo(3);
            assertThat(StoreDump.of(target)).isEqualTo(before);
        }
    }

    @Test
    void whatIsWrittenToTheSourceDuringTheCopyIsNotHalfInIt() {
        Path original = dir.resolve("live.newsmark");
        try (Store store = Fixtures.openWithLabels(original)) {
            corpus(store);
        }
        Map<String, List<List<String>>> before;
        try (Store source = Store.openReadOnly(original)) {
            before = StoreDump.of(source);
        }
        Path copy = dir.resolve("snapshot.newsmark");
        try (Store source = Store.openReadOnly(original); Store writer = Store.open(original); Store target = Store.open(copy)) {
            boolean[] written = {false};
            StoreCopy.copy(source, target, (table, rows, tableRows, done, total) -> {
                if (!written[0]) { // after the labels, before the documents and their spans
                    long doc = Fixtures.insertDocument(writer, "meanwhile", "Rutte came back").id();
                    writer.spans().insert(Fixtures.span(doc, 0, 5, PERSON));
                    written[0] = true;
                }
                return true;
            });
            assertThat(writer.documents().count()).isEqualTo(4);
            assertThat(StoreDump.of(target)).isEqualTo(before);
        }
    }

    /** Three documents, two annotators, every table used, a deleted span's id retired and ids reserved. */
    static void corpus(Store store) {
        Document a = store.documents().insert(new Document(0, "tricky", "Rutte calls Yoon", TRICKY_TEXT,
                DocumentStatus.IN_PROGRESS, Map.of("source", "wire", "nested", Map.of("list", List.of(1, 2)))));
        Document b = store.documents().insert(Document.of("second 'quoted' name", "\"No,\" said Yoon."));
        Document c = store.documents().insert(Document.of("empty", "Nothing here."));
        Span quote = store.spans().insert(new Span(0, a.id(), new TextRange(21, 38), QUOTE, "ana", Span.MANUAL));
        Span rutte = store.spans().insert(new Span(0, a.id(), new TextRange(0, 5), PERSON, "ana", Span.suggestedBy("speakers")));
        store.relations().insert(new Relation(0, a.id(), quote.id(), rutte.id(), Relation.SAID_BY));
        Span benQuote = store.spans().insert(new Span(0, b.id(), new TextRange(0, 5), QUOTE, "ben", Span.MANUAL));
        Span yoon = store.spans().insert(new Span(0, b.id(), new TextRange(11, 15), PERSON, "ben", Span.MANUAL));
        store.relations().insert(new Relation(0, b.id(), benQuote.id(), yoon.id(), Relation.SAID_BY));
        Span gone = store.spans().insert(new Span(0, b.id(), new TextRange(6, 10), PERSON, "ben", Span.MANUAL));
        store.spans().delete(gone.id());
        store.reserveIds("spans", 5);
        store.reserveIds("relations", 3);
        store.labels().addRelationType("mentions");
        store.documents().setStatus(a.id(), DocumentStatus.DONE, "ana");
        store.documents().setStatus(b.id(), DocumentStatus.IN_PROGRESS, "ben");
        store.layers().replaceAssignments(Map.of(a.id(), List.of("ana", "ben"), c.id(), List.of("ben")));
        store.suggestions().reject(new Rejection(b.id(), PERSON, new TextRange(0, 5), "\"No,\""));
        store.layers().bump(a.id(), "gold", "ana");
    }
}
