package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the analyst sees when the database cannot be opened: the file, the problem, nothing overwritten. */
class StartupProblemTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private String dialogText(Path file) throws Exception {
        RuntimeException problem = catchRuntimeException(() -> Workspace.open(file).close());
        assertThat(problem).as("opening %s should fail", file).isNotNull();
        return WaitForAsyncUtils.asyncFx(() -> {
            Alert alert = NewsmarkApp.cannotOpen(file, problem);
            return alert.getHeaderText() + "\n" + alert.getContentText();
        }).get();
    }

    @Test
    void aCorruptFileIsNamedAndLeftAlone() throws Exception {
        Path file = temp.resolve("notes.db");
        byte[] bytes = "this is not a database\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        assertThat(dialogText(file)).contains(file.toString()).contains("not an SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        Path file = temp.resolve("missing/folder/news.db");
        assertThat(dialogText(file)).contains("missing/folder").contains("does not exist");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void theDatabaseArgumentIsRead() {
        assertThat(NewsmarkApp.databaseArgument(List.of("--db", "a.db"))).contains(Path.of("a.db"));
        assertThat(NewsmarkApp.databaseArgument(List.of("--db=b.db"))).contains(Path.of("b.db"));
        assertThat(NewsmarkApp.databaseArgument(List.of())).isEmpty();
    }
}
