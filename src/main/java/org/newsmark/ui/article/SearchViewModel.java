package org.newsmark.ui.article;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.TextSearch;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.ui.Plural;

/** The find bar: query and options, the hits in the open document, the current hit, tag-all. */
public final class SearchViewModel {

    private final WorkbenchViewModel workbench;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(false);
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<TextRange>> hits = new ReadOnlyObjectWrapper<>(List.of());
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public SearchViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        query.addListener((o, a, b) -> search());
        regex.addListener((o, a, b) -> search());
        wholeWord.addListener((o, a, b) -> search());
        matchCase.addListener((o, a, b) -> search());
        workbench.sessionProperty().addListener((o, a, b) -> search());
        open.addListener((o, a, now) -> search());
        current.addListener((o, a, b) -> describe());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public BooleanProperty wholeWordProperty() {
        return wholeWord;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyObjectProperty<List<TextRange>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The hit after (or, with {@code forward} false, before) the caret, wrapping around. */
    public Optional<TextRange> step(boolean forward, int caret) {
        List<TextRange> all = hits.get();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int index;
        if (forward) {
            index = 0;
            while (index < all.size() && all.get(index).start() < caret) {
                index++;
            }
            index = index % all.size();
        } else {
            index = all.size() - 1;
            while (index >= 0 && all.get(index).start() >= caret) {
                index--;
            }
            index = index < 0 ? all.size() - 1 : index;
        }
        current.set(index);
        return Optional.of(all.get(index));
    }

    /** Tags every hit not already covered by that label, as one undoable action. */
    public int tagAll(String label) {
        Optional<DocumentSession> session = workbench.session();
        if (session.isEmpty() || hits.get().isEmpty()) {
            return 0;
        }
        List<Span> created = workbench.tagAll(hits.get(), label);
        return created.size();
    }

    private void search() {
        Optional<DocumentSession> session = workbench.session();
        if (!open.get() || session.isEmpty() || query.get().isEmpty()) {
            hits.set(List.of());
            current.set(-1);
            summary.set("");
            return;
        }
        try {
            hits.set(TextSearch.find(session.get().text(),
                    new TextSearch.Query(query.get(), regex.get(), wholeWord.get(), matchCase.get())));
            current.set(-1);
            describe();
        } catch (IllegalArgumentException e) {
            hits.set(List.of());
            summary.set(e.getMessage());
        }
    }

    private void describe() {
        int count = hits.get().size();
        if (count == 0) {
            summary.set(query.get().isEmpty() ? "" : "No hits");
        } else if (current.get() < 0) {
            summary.set(Plural.of(count, "hit"));
        } else {
            summary.set((current.get() + 1) + " of " + count);
        }
    }
}
