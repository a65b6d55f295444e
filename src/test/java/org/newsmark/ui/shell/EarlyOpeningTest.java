package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.model.Annotator;

/** The window's database opens while the toolkit starts; the window takes it, or its problem, as if it had opened it. */
class EarlyOpeningTest {

    @TempDir
    Path temp;

    private UserPreferences preferencesNaming(String annotator) {
        UserPreferences preferences = UserPreferences.at(temp.resolve("preferences.properties"));
        preferences.put(UserPreferences.ANNOTATOR, annotator);
        return preferences;
    }

    @Test
    void theWindowTakesTheDatabaseOpenedForItsAnalyst() {
        Path db = temp.resolve("news.db");
        NewsmarkApp.openEarly(List.of("--db", db.toString()), preferencesNaming("ana"));
        Optional<Workspace> taken = NewsmarkApp.takeEarly(db, new Annotator("ana"));
        assertThat(taken).isPresent();
        try (Workspace workspace = taken.get()) {
            assertThat(workspace.file()).isEqualTo(db);
            assertThat(workspace.annotator()).isEqualTo(new Annotator("ana"));
        }
        assertThat(NewsmarkApp.takeEarly(db, new Annotator("ana"))).as("taken once").isEmpty();
    }

    @Test
    void aProblemIsThrownWhereTheWindowShowsItsDialog() throws Exception {
        Path db = temp.resolve("notes.db");
        byte[] bytes = "this is not a database\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(db, bytes);
        NewsmarkApp.openEarly(List.of("--db=" + db), preferencesNaming("ana"));
        RuntimeException problem = catchRuntimeException(() -> NewsmarkApp.takeEarly(db, new Annotator("ana")));
        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains(db.toString()).contains("not an SQLite database");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }

    @Test
    void theFirstStartOpensNothingBeforeTheNameIsAsked() {
        Path db = temp.resolve("first.db");
        NewsmarkApp.openEarly(List.of("--db", db.toString()), UserPreferences.at(temp.resolve("none.properties")));
        assertThat(NewsmarkApp.takeEarly(db, new Annotator("ana"))).isEmpty();
        assertThat(db).doesNotExist();
    }

    @Test
    void anotherAnalystGetsTheDatabaseOpenedAnew() {
        Path db = temp.resolve("news.db");
        NewsmarkApp.openEarly(List.of("--db", db.toString()), preferencesNaming("ana"));
        assertThat(NewsmarkApp.takeEarly(db, new Annotator("ben"))).isEmpty();
        try (Workspace reopened = Workspace.open(db, new Annotator("ben"))) {
            assertThat(reopened.annotator()).isEqualTo(new Annotator("ben"));
        }
    }
}
