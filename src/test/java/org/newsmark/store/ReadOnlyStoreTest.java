package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#openReadOnly}: reads the latest schema, refuses what it would have to change, writes nothing. */
class ReadOnlyStoreTest {

    @TempDir
    Path dir;

    @Test
    void readsButRefusesEveryWriteAndLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("news.db");
        try (Store store = Fixtures.openWithLabels(file)) {
            Fixtures.insertDocument(store, "a", "Some text.");
        }
        byte[] before = Fixtures.bytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        try (Store store = Store.openReadOnly(file)) {
            assertThat(store.documents().count()).isEqualTo(1);
            assertThat(store.schemaVersion()).isEqualTo(Store.latestSchemaVersion());
            assertThatThrownBy(() -> Fixtures.insertDocument(store, "b", "More text."))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }

        Fixtures.assertBytesUnchanged(file, before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void anOlderSchemaIsRefusedClearlyAndNotUpgraded() throws Exception {
        Path file = dir.resolve("old.db");
        Store.open(file, Store.latestSchemaVersion() - 1).close();
        byte[] before = Fixtures.bytes(file);

        assertThatThrownBy(() -> Store.openReadOnly(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("older Newsmark")
                .hasMessageContaining("open it once for writing");

        Fixtures.assertBytesUnchanged(file, before);
        assertThat(Fixtures.queryLong(file, "PRAGMA user_version")).isEqualTo(Store.latestSchemaVersion() - 1);
    }

    @Test
    void anotherProgramsDatabaseAndAMissingFileAreRefused() throws Exception {
        Path foreign = dir.resolve("other.sqlite");
        Fixtures.execute(foreign, "CREATE TABLE t (x)");
        Path missing = dir.resolve("missing.db");

        assertThatThrownBy(() -> Store.openReadOnly(foreign)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Newsmark one");
        assertThatThrownBy(() -> Store.openReadOnly(missing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not exist");
        assertThat(missing).doesNotExist();
    }
}
