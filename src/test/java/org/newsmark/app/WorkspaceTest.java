package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Label;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void aNewDatabaseGetsTheDefaultSchemeWithHotkeys() {
        try (Workspace workspace = Workspace.open(temp.resolve("a.db"))) {
            assertThat(workspace.scheme().labels()).extracting(Label::name)
                    .containsExactly("speaker", "quote", "figure", "place");
            assertThat(workspace.scheme().labels()).extracting(Label::hotkey).containsExactly("1", "2", "3", "4");
            assertThat(workspace.scheme().relationTypes()).containsExactly("said_by");
        }
    }

    @Test
    void theDefaultDatabaseGetsTheBundledCorpusOnceInItsNewFolder() throws Exception {
        Path file = temp.resolve("data/newsmark/newsmark.db");
        String seed = Files.readString(Path.of("corpus/01-yoon-rutte-nato-call.txt"));
        try (Workspace workspace = Workspace.openWithSamples(file)) {
            assertThat(workspace.documents()).isNotEmpty();
            assertThat(workspace.store().documents().findByText(seed)).isPresent();
        }
        int count;
        try (Workspace again = Workspace.openWithSamples(file)) {
            count = again.documents().size();
        }
        assertThat(count).isEqualTo(BundledCorpus.read().size());
    }

    @Test
    void ensureLabelCreatesUnknownLabelsWithDistinctColours() {
        try (Workspace workspace = Workspace.open(temp.resolve("b.db"))) {
            Label org = workspace.ensureLabel("ORG");
            assertThat(org.id()).isPositive();
            assertThat(workspace.ensureLabel("ORG")).isEqualTo(org);
            assertThat(workspace.scheme().labels().stream().map(Label::color).distinct().count()).isEqualTo(5);
            assertThat(org.position()).isEqualTo(4);
        }
    }

    @Test
    void databaseLocationFollowsTheFlagThenTheVariableThenTheOs() {
        Path home = Path.of("/home/ana");
        assertThat(DataPaths.database(Optional.of(Path.of("x.db")), Map.of("NEWSMARK_DB", "/e.db"), "Linux", home))
                .isEqualTo(Path.of("x.db"));
        assertThat(DataPaths.database(Optional.empty(), Map.of("NEWSMARK_DB", "/e.db"), "Linux", home))
                .isEqualTo(Path.of("/e.db"));
        assertThat(DataPaths.database(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home))
                .isEqualTo(Path.of("/xdg/newsmark/newsmark.db"));
        assertThat(DataPaths.database(Optional.empty(), Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.local/share/newsmark/newsmark.db"));
        assertThat(DataPaths.database(Optional.empty(), Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Newsmark/newsmark.db"));
        assertThat(DataPaths.database(Optional.empty(), Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata/Newsmark/newsmark.db"));
    }

    @Test
    void theCacheFolderFollowsXdgAndEachSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertThat(DataPaths.cacheFolder(Map.of("XDG_CACHE_HOME", "/xdg/cache"), "Linux", home))
                .isEqualTo(Path.of("/xdg/cache/newsmark"));
        assertThat(DataPaths.cacheFolder(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.cache/newsmark"));
        // a relative or blank value is ignored, as the XDG specification says
        assertThat(DataPaths.cacheFolder(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.cache/newsmark"));
        assertThat(DataPaths.cacheFolder(Map.of("XDG_CACHE_HOME", " "), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.cache/newsmark"));
        assertThat(DataPaths.cacheFolder(Map.of(), "Mac OS X", home)).isEqualTo(Path.of("/home/ana/Library/Caches/Newsmark"));
        assertThat(DataPaths.cacheFolder(Map.of("LOCALAPPDATA", "/local"), "Windows 11", home))
                .isEqualTo(Path.of("/local/Newsmark/cache"));
    }

    @Test
    void aCorpusFileThatIsNotUtf8IsNamedInTheError(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("cafe.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BundledCorpus.readFolder(folder))
                .hasMessageContaining("cafe.txt:1").hasMessageContaining("UTF-8");
    }

    @Test
    void aCorpusFileLosesOnlyItsByteOrderMarkAndIsNamedAfterTheFile(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '\r', '\n', 'x'});
        List<org.newsmark.model.Document> read = BundledCorpus.readFolder(folder);
        assertThat(read).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Hi\r\nx");
            assertThat(d.name()).isEqualTo("bom");
            assertThat(d.title()).isEqualTo("Hi");
        });
    }
}
