package org.newsmark.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.newsmark.app.CopyStore;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.BulkInserter;
import org.newsmark.store.Store;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresServer;

/**
 * A newsroom on one PostgreSQL corpus: {@code bench.articles} short synthetic articles (default
 * 100,000, stored in one transaction), then {@code bench.analysts} analysts (default 20), each a
 * thread with its own connection and its own layer, each making {@code bench.edits} edits (default
 * 1,000): tag, relabel, link, delete, each one transaction as one user action is in the window. Prints
 * the edits' latency and throughput, then checks that every acknowledged edit is in the database,
 * then copies the corpus to SQLite ({@code copy-store}) and checks the copy holds the same rows
 * (counts of every table, a SHA-256 over every span and relation).
 *
 * <p>Each kind of edit's latency is printed too. {@code -Dbench.pglog=FILE}: the server logs every
 * statement's time and every lock wait over 5 ms during the edits, and its log is copied to FILE.
 *
 * <p>{@code -Dbench.kill=true}: the server is stopped a third of the way through the edits and started
 * again on the same data; analysts whose edit failed reconnect and go on. Every edit acknowledged
 * before, during or after must still be there.
 */
public final class NewsroomBenchmark {

    private static final String[] LABELS = {"speaker", "quote", "figure", "place"};
    /** The kinds of edit, as {@link Analyst#edit} returns them. */
    private static final String[] KINDS = {"tag", "relabel", "link", "delete"};
    private static final List<String> TABLES = List.of("labels", "relation_types", "documents", "spans", "relations",
            "rejected_suggestions", "layer_status", "assignments", "id_reservations");

    private NewsroomBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("bench.articles", 100_000);
        int analysts = Integer.getInteger("bench.analysts", 20);
        int edits = Integer.getInteger("bench.edits", 1_000);
        boolean kill = Boolean.getBoolean("bench.kill");
        PostgresServer server = PostgresServer.shared();
        PgConnectionSpec spec = server.freshMigratedDatabase("newsroom");
        try {
            long started = System.nanoTime();
            fill(spec, articles);
            System.out.printf("newsroom corpus articles=%d load_ms=%d%n", articles, (System.nanoTime() - started) / 1_000_000);

            Optional<Path> serverLog = Optional.ofNullable(System.getProperty("bench.pglog")).map(Path::of);
            if (serverLog.isPresent()) {
                server.executeAsSuperuser("postgres", "ALTER SYSTEM SET log_min_duration_statement = 0",
                        "ALTER SYSTEM SET log_lock_waits = on", "ALTER SYSTEM SET deadlock_timeout = '5ms'", "SELECT pg_reload_conf()");
            }
            List<Analyst> team = new ArrayList<>();
            for (int i = 0; i < analysts; i++) {
                team.add(new Analyst("analyst" + (i + 1), spec, articles, edits, i));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (Analyst analyst : team) {
                Thread t = new Thread(() -> analyst.run(start), analyst.name);
                t.start();
                threads.add(t);
            }
            long runStart = System.nanoTime();
            start.countDown();
            if (kill) {
                killMidway(server, team, analysts * edits);
            }
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - runStart) / 1e9;
            long[] latencies = team.stream().flatMapToLong(a -> Arrays.stream(a.latencies, 0, a.done)).sorted().toArray();
            int failed = team.stream().mapToInt(a -> a.failed).sum();
            System.out.printf("newsroom edit p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f throughput_per_s=%.0f analysts=%d edits=%d"
                            + " failed=%d%s load=%s%n",
                    ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), latencies.length / seconds, analysts,
                    latencies.length, failed, kill ? " (server stopped and restarted mid-run)" : "", loadAverage());
            for (int kind = 0; kind < KINDS.length; kind++) {
                int k = kind;
                long[] of = team.stream().flatMapToLong(a -> java.util.stream.IntStream.range(0, a.done)
                        .filter(i -> a.kinds[i] == k).mapToLong(i -> a.latencies[i])).sorted().toArray();
                System.out.printf("newsroom edit kind=%s p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f edits=%d%n",
                        KINDS[kind], ms(of, 0.50), ms(of, 0.95), ms(of, 0.99), of.length);
            }

            if (serverLog.isPresent()) {
                server.executeAsSuperuser("postgres", "ALTER SYSTEM RESET ALL", "SELECT pg_reload_conf()");
                try (Connection c = PostgresServer.connect(spec); Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SHOW data_directory")) {
                    rs.next();
                    Files.copy(Path.of(rs.getString(1)).resolveSibling("server.log"), serverLog.get(),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                System.out.println("newsroom server log with every statement's time: " + serverLog.get());
            }
            int lost = 0;
            try (Store store = Store.connect(spec)) {
                for (Analyst analyst : team) {
                    lost += analyst.lostEdits(store);
                }
            }
            System.out.printf("newsroom acknowledged edits present: lost=%d%n", lost);

            Path dir = Files.createTempDirectory("newsroom");
            Path copy = dir.resolve("newsroom.db");
            long copyStart = System.nanoTime();
            CopyStore.copy(spec.toString(), copy.toString());
            long copyMs = (System.nanoTime() - copyStart) / 1_000_000;
            Map<String, String> pg;
            Map<String, String> sqlite;
            try (Connection c = PostgresServer.connect(spec)) {
                pg = fingerprint(c);
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                sqlite = fingerprint(c);
            }
            System.out.printf("newsroom copy-store to SQLite ms=%d identical=%s %s%n", copyMs, pg.equals(sqlite), sqlite);
            if (!pg.equals(sqlite)) {
                System.out.println("newsroom PostgreSQL side: " + pg);
            }
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
            if (lost > 0 || !pg.equals(sqlite)) {
                throw new IllegalStateException("newsroom: " + lost + " acknowledged edits lost, copy identical: " + pg.equals(sqlite));
            }
        } finally {
            server.drop(spec);
        }
    }

    private static void fill(PgConnectionSpec spec, int articles) {
        try (Store store = Store.connect(spec)) {
            store.inTransaction(() -> {
                for (int i = 0; i < LABELS.length; i++) {
                    store.labels().insert(Label.of(LABELS[i], "#" + "4e79a7f28e2ce1575976b7b2".substring(i * 6, i * 6 + 6), "", i));
                }
                try (BulkInserter inserter = store.bulkInserter()) {
                    for (int d = 0; d < articles; d++) {
                        String text = SyntheticCorpus.article(400, d);
                        inserter.insert(new AnnotatedDocument(Document.of("article-" + d, text), List.of(), List.of()), "");
                    }
                }
                return null;
            });
        }
    }

    /** Stops the server once a third of the edits are done, and starts it again on the same data. */
    private static void killMidway(PostgresServer server, List<Analyst> team, int total) throws Exception {
        while (team.stream().mapToInt(a -> a.done).sum() < total / 3) {
            Thread.sleep(5);
        }
        long down = System.nanoTime();
        server.restart();
        System.out.printf("newsroom server stopped and started again after %d edits, down_ms=%d%n",
                team.stream().mapToInt(a -> a.done).sum(), (System.nanoTime() - down) / 1_000_000);
    }

    private static double ms(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2] + "(" + Runtime.getRuntime().availableProcessors() + " cpus)";
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Row counts of every table and a hash over every span and relation, the same on either engine. */
    private static Map<String, String> fingerprint(Connection c) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    result.put(table, Long.toString(rs.getLong(1)));
                }
            }
            result.put("spans_sha256", hash(st, "SELECT id, document_id, start, \"end\", label_id, annotator, source, created, updated"
                    + " FROM spans ORDER BY id"));
            result.put("relations_sha256", hash(st, "SELECT id, document_id, from_span, to_span, type, annotator, created"
                    + " FROM relations ORDER BY id"));
        }
        return result;
    }

    private static String hash(Statement st, String sql) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    digest.update(String.valueOf(rs.getObject(i) instanceof Number n ? n.longValue() : rs.getObject(i))
                            .getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** One analyst: a connection, a layer, and what the store acknowledged. */
    private static final class Analyst {
        final String name;
        final PgConnectionSpec spec;
        final int articles;
        final int edits;
        final Random random;
        final long[] latencies;
        final int[] kinds;
        volatile int done;
        volatile int failed;
        /** Acknowledged state of this analyst's layer, by document. */
        final Map<Long, Map<Long, Span>> spans = new ConcurrentHashMap<>();
        final Map<Long, Map<Long, Relation>> relations = new ConcurrentHashMap<>();
        /** Spans whose relabel or delete failed with the connection: committed or not, nobody was told. */
        final Set<Long> uncertain = new TreeSet<>();
        /** The span the edit under way changes (0: an insert, whose id is unknown until acknowledged). */
        long target;

        Analyst(String name, PgConnectionSpec spec, int articles, int edits, int seed) {
            this.name = name;
            this.spec = spec;
            this.articles = articles;
            this.edits = edits;
            this.random = new Random(1_000 + seed);
            this.latencies = new long[edits];
            this.kinds = new int[edits];
        }

        void run(CountDownLatch start) {
            Store store = Store.connect(spec);
            try {
                start.await();
                long document = 0;
                String text = "";
                int attempts = 0;
                while (done < edits) {
                    target = 0;
                    try {
                        if (done % 25 == 0 && attempts == 0 || text.isEmpty()) {
                            document = 1 + random.nextInt(articles);
                            text = "";
                            text = store.documents().find(document).orElseThrow().text();
                        }
                        long begin = System.nanoTime();
                        int kind = edit(store, document, text);
                        latencies[done] = System.nanoTime() - begin;
                        kinds[done++] = kind;
                        attempts = 0;
                    } catch (RuntimeException e) {
                        if (target != 0) {
                            uncertain.add(target);
                        }
                        failed++;
                        attempts++;
                        if (attempts > 200) {
                            throw e;
                        }
                        store.close();
                        store = reconnect();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                store.close();
            }
        }

        private Store reconnect() throws InterruptedException {
            while (true) {
                try {
                    return Store.connect(spec);
                } catch (RuntimeException e) {
                    Thread.sleep(50); // the server is starting again
                }
            }
        }

        /** One user action; the local record changes only once the store has acknowledged it. Returns its kind. */
        private int edit(Store store, long document, String text) {
            Map<Long, Span> mine = spans.computeIfAbsent(document, d -> new ConcurrentHashMap<>());
            Map<Long, Relation> links = relations.computeIfAbsent(document, d -> new ConcurrentHashMap<>());
            int roll = random.nextInt(100);
            List<Span> existing = new ArrayList<>(mine.values());
            if (existing.size() < 2 || roll < 40) {
                int from = random.nextInt(text.length() - 20);
                Span stored = store.spans().insert(new Span(0, document, new TextRange(from, from + 3 + random.nextInt(15)),
                        LABELS[random.nextInt(LABELS.length)], name));
                mine.put(stored.id(), stored);
                return 0;
            } else if (roll < 60) {
                Span span = existing.get(random.nextInt(existing.size()));
                target = span.id();
                Span relabelled = span.withLabel(LABELS[(Arrays.asList(LABELS).indexOf(span.label()) + 1) % LABELS.length]);
                store.spans().update(relabelled);
                mine.put(span.id(), relabelled);
                return 1;
            } else if (roll < 80) {
                Span a = existing.get(random.nextInt(existing.size()));
                Span b = existing.stream().filter(s -> s.id() != a.id()).findFirst().orElseThrow();
                Relation stored = store.relations().insert(new Relation(0, document, a.id(), b.id(), "said_by"));
                links.put(stored.id(), stored);
                return 2;
            } else {
                Span span = existing.get(random.nextInt(existing.size()));
                target = span.id();
                store.spans().delete(span.id());
                mine.remove(span.id());
                links.values().removeIf(r -> r.touches(span.id()));
                return 3;
            }
        }

        /**
         * Acknowledged edits missing from the store: the layer of every document the analyst touched
         * must hold what the analyst was told it stored. An edit that failed with the connection (the
         * server down) may or may not have been committed, and the analyst was told neither: the span
         * it changed, and its links, are left out of the count.
         */
        int lostEdits(Store store) {
            int lost = 0;
            for (Map.Entry<Long, Map<Long, Span>> e : spans.entrySet()) {
                Set<String> expected = e.getValue().values().stream().map(Analyst::key).collect(Collectors.toCollection(TreeSet::new));
                Set<String> actual = store.spans().forDocument(e.getKey(), name).stream().map(Analyst::key)
                        .collect(Collectors.toCollection(TreeSet::new));
                expected.removeIf(this::isUncertain);
                actual.removeIf(this::isUncertain);
                lost += difference(expected, actual);
                Set<String> expectedLinks = relations.get(e.getKey()).values().stream().map(Analyst::key)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> actualLinks = store.relations().forDocument(e.getKey(), name).stream().map(Analyst::key)
                        .collect(Collectors.toCollection(TreeSet::new));
                expectedLinks.removeIf(this::isUncertain);
                actualLinks.removeIf(this::isUncertain);
                lost += difference(expectedLinks, actualLinks);
            }
            return lost;
        }

        /** Whether a key (span {@code id:...}, relation {@code id:from>to:...}) names an uncertain span. */
        private boolean isUncertain(String key) {
            String[] parts = key.split("[:>]");
            return parts.length == 4 ? uncertain.contains(Long.parseLong(parts[1])) || uncertain.contains(Long.parseLong(parts[2]))
                    : uncertain.contains(Long.parseLong(parts[0]));
        }

        private static int difference(Set<String> expected, Set<String> actual) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            if (!missing.isEmpty() || !actual.containsAll(expected) || actual.size() != expected.size()) {
                Set<String> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                System.out.println("newsroom mismatch: missing " + missing + " unexpected " + extra);
            }
            return missing.size();
        }

        private static String key(Span s) {
            return s.id() + ":" + s.start() + "-" + s.end() + ":" + s.label();
        }

        private static String key(Relation r) {
            return r.id() + ":" + r.fromSpanId() + ">" + r.toSpanId() + ":" + r.type();
        }
    }
}
