package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.ImportDatasets;
import org.newsmark.app.ImportRequest;
import org.newsmark.app.Progress;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk, as SQLite reports it (SQLITE_FULL, code 13): the import says the disk is full, not
 * what failed after it, and stores nothing. The disk is filled for real by capping the database's
 * size on the store's own connection ({@code PRAGMA max_page_count}), which makes SQLite fail with
 * SQLITE_FULL exactly as when the file system has no room left.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskDuringAnImportSaysSoAndStoresNothing() throws Exception {
        Path jsonl = articles(dir.resolve("articles.jsonl"), 500);
        try (Workspace workspace = Workspace.open(dir.resolve("full.db"))) {
            Store store = WorkspaceStore.of(workspace);
            Fixtures.insertDocument(store, "kept", "Stored before the disk filled up.");
            capSize(store, 3);

            assertThatThrownBy(() -> new ImportDatasets(workspace).run(ImportRequest.of(List.of(jsonl)), Progress.NONE,
                    () -> false))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("full.db")
                    .hasMessageContaining("the disk is full")
                    .hasMessageNotContaining("no transaction is active")
                    .satisfies(e -> assertThat(e.getCause()).isInstanceOfSatisfying(SQLiteException.class,
                            sqlite -> assertThat(sqlite.getResultCode()).isEqualTo(SQLiteErrorCode.SQLITE_FULL)));

            assertThat(store.documents().count()).isEqualTo(1);
            capSize(store, 1_000_000);
            Fixtures.insertDocument(store, "after", "There is room again.");
            assertThat(store.documents().summaries()).extracting(s -> s.name()).containsExactly("kept", "after");
        }
    }

    @Test
    void aSingleWriteOnAFullDiskSaysSoToo() throws Exception {
        try (Store store = Fixtures.openWithLabels(dir.resolve("one.db"))) {
            capSize(store, 0);

            assertThatThrownBy(() -> store.documents().insert(Document.of("big", "x".repeat(100_000))))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the disk is full");
            assertThat(store.documents().count()).isZero();
        }
    }

    /** Lets the database grow by at most {@code pages} pages from now. */
    private static void capSize(Store store, long pages) {
        store.read(() -> {
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                rs.next();
                st.execute("PRAGMA max_page_count = " + (rs.getLong(1) + pages));
            }
            return null;
        });
    }

    private static Path articles(Path file, int count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write("{\"text\": \"Article " + i + ": " + "The minister said the troops would leave. ".repeat(40)
                        + "\", \"label\": [[0, 7, \"place\"]]}\n");
            }
        }
        return file;
    }
}
