package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** The Edit menu's undo and redo texts follow the open document's history; without a window. */
class HistoryViewModelTest {

    private static final String TEXT = "Kim said \"the dam will hold for another week at least, whatever the rain\" on Monday.";

    @TempDir
    Path temp;

    private Workspace workspace;
    private WorkbenchViewModel model;
    private HistoryViewModel history;
    private long first;
    private long second;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("history.db"));
        first = WorkspaceStore.of(workspace).documents().insert(Document.of("dam", TEXT)).id();
        second = WorkspaceStore.of(workspace).documents().insert(Document.of("other", "Lee stayed home.")).id();
        model = new WorkbenchViewModel(workspace);
        history = new HistoryViewModel(model);
        model.open(first);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String undo() {
        return history.undo().textProperty().get() + (history.undo().possibleProperty().get() ? "" : " (disabled)");
    }

    private String redo() {
        return history.redo().textProperty().get() + (history.redo().possibleProperty().get() ? "" : " (disabled)");
    }

    private Span tag(String phrase, String label) {
        int start = TEXT.indexOf(phrase);
        model.apply(label, new TextRange(start, start + phrase.length()));
        return model.selectedSpan().orElseThrow();
    }

    @Test
    void undoAndRedoNameTheActionTheyWouldTakeAndAreDisabledWithoutOne() {
        assertThat(undo()).isEqualTo("Undo (disabled)");
        assertThat(redo()).isEqualTo("Redo (disabled)");

        Span kim = tag("Kim", "speaker");
        assertThat(undo()).isEqualTo("Undo Tag “Kim” as speaker");
        Span quote = tag("\"the dam will hold for another week at least, whatever the rain\"", "quote");
        assertThat(undo()).as("a long text is cut at a word, without the quote's own marks")
                .isEqualTo("Undo Tag “the dam will hold for another…” as quote");
        model.session().orElseThrow().link(quote.id(), kim.id(), Relation.SAID_BY);
        assertThat(undo()).isEqualTo("Undo Link quote to “Kim”");
        assertThat(redo()).isEqualTo("Redo (disabled)");

        model.undo();
        assertThat(undo()).isEqualTo("Undo Tag “the dam will hold for another…” as quote");
        assertThat(redo()).isEqualTo("Redo Link quote to “Kim”");
        model.undo();
        model.undo();
        assertThat(undo()).isEqualTo("Undo (disabled)");
        assertThat(redo()).isEqualTo("Redo Tag “Kim” as speaker");

        model.redo();
        assertThat(undo()).isEqualTo("Undo Tag “Kim” as speaker");
        assertThat(redo()).isEqualTo("Redo Tag “the dam will hold for another…” as quote");
        tag("Monday", "figure");
        assertThat(redo()).as("a new action clears redo").isEqualTo("Redo (disabled)");
    }

    @Test
    void anotherDocumentShowsItsOwnHistory() {
        tag("Kim", "speaker");
        model.open(second);
        assertThat(undo()).isEqualTo("Undo (disabled)");
        model.open(first);
        assertThat(undo()).isEqualTo("Undo Tag “Kim” as speaker");
    }
}
