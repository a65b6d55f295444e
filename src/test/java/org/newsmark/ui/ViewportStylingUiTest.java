package org.newsmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.bench.SyntheticCorpus;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** In a 1 MiB article with 20,000 spans, opening styles the screen only and an edit restyles only its paragraphs. */
class ViewportStylingUiTest extends FxRobot {

    @TempDir
    Path temp;

    private Workspace workspace;
    private MainWindow window;
    private String text;

    @BeforeEach
    void openLargeArticle() throws TimeoutException {
        Path db = temp.resolve("large.db");
        text = SyntheticCorpus.article(1024 * 1024, 2);
        try (Workspace setup = Workspace.open(db)) {
            WorkspaceStore.of(setup).inTransaction(() -> {
                long id = WorkspaceStore.of(setup).documents().insert(Document.of("large", text)).id();
                for (Span span : SyntheticCorpus.spans(text, 20_000, id)) {
                    WorkspaceStore.of(setup).spans().insert(span.withDocumentId(id));
                }
                return id;
            });
        }
        FxToolkit.registerPrimaryStage();
        workspace = Workspace.open(db);
        FxToolkit.setupStage(s -> {
            s.close();
            window = new MainWindow(workspace, UserPreferences.at(temp.resolve("preferences.properties")));
            window.show(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.setupStage(Stage::close);
        FxToolkit.cleanupStages();
        workspace.close();
    }

    private StyleClassedTextArea area() {
        return lookup("#article").queryAs(StyleClassedTextArea.class);
    }

    /** One test: setting up 20,000 spans takes most of its time. */
    @Test
    void openingStylesTheScreenAndATagRestylesOnlyItsParagraph() {
        int paragraphs = onFx(() -> area().getParagraphs().size());
        long styled = onFx(() -> window.article().styler().paragraphsStyled());
        assertThat(paragraphs).isGreaterThan(1_000);
        assertThat(styled).as("paragraphs styled on opening, of %d", paragraphs).isPositive()
                .isLessThanOrEqualTo(3L * ViewportStyler.MARGIN);
        assertThat(onFx(() -> window.article().styler().isStale(0))).isFalse();
        assertThat(onFx(() -> window.article().styler().isStale(paragraphs - 1))).isTrue();

        TextRange word = onFx(this::untaggedWordOnScreen);
        long before = onFx(() -> window.article().styler().paragraphsStyled());
        interact(() -> window.model().apply("place", word));

        long restyled = onFx(() -> window.article().styler().paragraphsStyled()) - before;
        assertThat(onFx(() -> window.model().session().orElseThrow().spansOverlapping(word)))
                .extracting(Span::label).containsExactly("place");
        assertThat(restyled).as("paragraphs restyled by one tag").isEqualTo(1);
        assertThat(onFx(() -> area().getStyleAtPosition(word.start() + 1))).contains("tagged");
    }

    /** A word no span touches, in one of the first paragraphs. */
    private TextRange untaggedWordOnScreen() {
        var session = window.model().session().orElseThrow();
        for (int p = 0; p < 10; p++) {
            int start = area().getAbsolutePosition(p, 0);
            String line = area().getParagraph(p).getText();
            java.util.regex.Matcher words = java.util.regex.Pattern.compile("[a-z]{4,}").matcher(line);
            while (words.find()) {
                TextRange word = new TextRange(start + words.start(), start + words.end());
                if (session.spansOverlapping(word).isEmpty()) {
                    return word;
                }
            }
        }
        throw new IllegalStateException("no untagged word in the first paragraphs");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
