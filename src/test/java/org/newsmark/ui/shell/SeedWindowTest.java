package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.TaskRunner;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.store.Store;
import org.newsmark.store.TestDatabase;
import org.newsmark.ui.article.highlight.Proposal;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A real window on a fresh database holding the seed article, and the moves an analyst makes in it. */
@ExtendWith(SeedWindowTest.SqliteUnlessBothEngines.class)
public abstract class SeedWindowTest extends FxRobot {

    public static final String SEED = "corpus/01-yoon-rutte-nato-call.txt";

    @TempDir
    public Path temp;

    /** The test's database: an SQLite file, or for an {@code @EngineTest} each engine in turn. */
    public TestDatabase database;
    /** The SQLite file, when the database is one (null on PostgreSQL). */
    public Path db;
    public Workspace workspace;
    public MainWindow window;
    /** The window's threads; a test may hold up its writer to see what shows before a commit. */
    public TaskRunner runner;

    @BeforeEach
    public void openSeed(TestDatabase engine) throws Exception {
        database = engine;
        db = engine.file().orElse(null);
        try (Workspace setup = Workspace.open(database.location())) {
            WorkspaceStore.of(setup).documents().insert(Document.of("yoon-rutte-nato-call", Files.readString(Path.of(SEED))));
        }
        startWindow();
    }

    public void startWindow() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        workspace = Workspace.open(database.location());
        FxToolkit.setupStage(s -> {
            s.close();
            runner = new TaskRunner();
            window = new MainWindow(workspace, UserPreferences.at(preferencesFile()), runner);
            window.show(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        shown();
    }

    /** Waits until the article asked for last is on screen (an article not opened before is read off the FX thread). */
    public void shown() {
        shown(window);
    }

    public static void shown(MainWindow window) {
        try {
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() ->
                    window.model().openingProperty().get().isEmpty()));
        } catch (TimeoutException e) {
            throw new IllegalStateException("the article did not arrive within a minute", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each test's window keeps its preferences in its own temporary folder. */
    public Path preferencesFile() {
        return temp.resolve("config").resolve("preferences.properties");
    }

    public void closeWindow() throws TimeoutException {
        FxToolkit.setupStage(Stage::close);
        workspace.close();
    }

    @AfterEach
    public void close() throws TimeoutException {
        closeWindow();
        FxToolkit.cleanupStages();
    }

    /**
     * Gives a plain {@code @Test} the SQLite file {@code ui.db} in its temporary folder; an
     * {@link EngineTest} gets its databases from {@link org.newsmark.store.BothEngines} instead.
     */
    public static final class SqliteUnlessBothEngines implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class
                    && context.getTestMethod().map(m -> !m.isAnnotationPresent(EngineTest.class)).orElse(false);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return new TestDatabase.Sqlite(((SeedWindowTest) context.getRequiredTestInstance()).temp.resolve("ui.db"));
        }
    }

    public StyleClassedTextArea area() {
        // the window showing now: some actions (another annotator's layer, a connection) build a new one
        return onFx(() -> org.newsmark.ui.article.ArticleView.of(lookup("#article-view").query()).orElseThrow().area());
    }

    @SuppressWarnings("unchecked")
    public TableView<Span> table() {
        return lookup("#spans").queryAs(TableView.class);
    }

    public String text() {
        return area().getText();
    }

    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void keys(KeyCode... codes) {
        type(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void shortcut(KeyCode... codes) {
        press(KeyCode.CONTROL).type(codes).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the mouse across the first occurrence of {@code phrase} in the article. */
    public void selectWithMouse(String phrase) {
        StyleClassedTextArea area = area();
        int start = area.getText().indexOf(phrase);
        int end = start + phrase.length();
        Bounds first = onFx(() -> area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow());
        Bounds last = onFx(() -> area.getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        press(MouseButton.PRIMARY);
        moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).as("selection %s caret %d after dragging %s..%s",
                area.getSelection(), area.getCaretPosition(), first, last).isEqualTo(phrase);
    }

    /** Finds {@code phrase} with Ctrl+F using keys only, and leaves it selected in the article. */
    public void selectWithKeys(String phrase) {
        shortcut(KeyCode.F);
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write(phrase);
        keys(KeyCode.ENTER, KeyCode.ESCAPE);
        assertThat(area().getSelectedText()).isEqualTo(phrase);
    }

    /** The text ranges outlined on screen once the window has laid itself out, each once. */
    public List<TextRange> outlined() {
        return onFx(() -> {
            area().getScene().getRoot().applyCss();
            area().getScene().getRoot().layout();
            return window.outlines().drawn().stream().map(Proposal::range).distinct().toList();
        });
    }

    /** Whether the character at {@code index} is inside an emphasis box once the window has laid itself out. */
    public boolean emphasisedAt(int index) {
        return onFx(() -> {
            area().getScene().getRoot().applyCss();
            area().getScene().getRoot().layout();
            return window.article().emphasis().drawn().stream().anyMatch(p -> p.start() <= index && index < p.end());
        });
    }

    public List<String> classesAt(int index) {
        return List.copyOf(area().getStyleAtPosition(index + 1));
    }

    /**
     * A fresh connection to the database file, once the writer has committed every action the window
     * took so far (the window commits on its writer thread, not on the key press).
     */
    public Store committed() {
        workspace.awaitCommits();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return database.open();
    }

    /** What a fresh connection to the database file reads: label@start-end in document order. */
    public List<String> storedSpans() {
        try (Store fresh = committed()) {
            long id = fresh.documents().ids(Optional.empty()).get(0);
            return fresh.spans().forDocument(id).stream().map(s -> s.label() + "@" + s.start() + "-" + s.end()).toList();
        }
    }

    public List<Relation> storedRelations() {
        try (Store fresh = committed()) {
            long id = fresh.documents().ids(Optional.empty()).get(0);
            return fresh.relations().forDocument(id);
        }
    }

    public List<String> shownSpans() {
        return table().getItems().stream().map(s -> s.label() + "@" + s.start() + "-" + s.end()).toList();
    }
}
