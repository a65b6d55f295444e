package org.newsmark.ui.article;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsmark.app.DocumentSession;

/**
 * What Edit → Undo and Redo would do in the open document, in the words of the status bar:
 * "Undo Tag “Yoon” as speaker", "Redo Link quote to “Yoon”"; plain "Undo" with nothing to take back.
 * Follows the document shown and every action on it, undo and redo included.
 */
public final class HistoryViewModel {

    private final WorkbenchViewModel workbench;
    private final Step undo = new Step("Undo");
    private final Step redo = new Step("Redo");

    public HistoryViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        workbench.sessionProperty().addListener((o, was, now) -> follow());
        workbench.addChangeListener(change -> follow());
        follow();
    }

    public Step undo() {
        return undo;
    }

    public Step redo() {
        return redo;
    }

    private void follow() {
        Optional<DocumentSession> session = workbench.session();
        undo.show(session.flatMap(DocumentSession::nextUndo));
        redo.show(session.flatMap(DocumentSession::nextRedo));
    }

    /** One way through the history: the menu item's text, and whether there is an action to take that way. */
    public static final class Step {

        private final String verb;
        private final ReadOnlyStringWrapper text;
        private final ReadOnlyBooleanWrapper possible = new ReadOnlyBooleanWrapper(false);

        private Step(String verb) {
            this.verb = verb;
            this.text = new ReadOnlyStringWrapper(verb);
        }

        /** "Undo Tag “Yoon” as speaker", or the verb alone. */
        public ReadOnlyStringProperty textProperty() {
            return text.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty possibleProperty() {
            return possible.getReadOnlyProperty();
        }

        private void show(Optional<String> description) {
            Optional<String> named = description.filter(d -> !d.isBlank());
            text.set(named.map(d -> verb + " " + Character.toUpperCase(d.charAt(0)) + d.substring(1)).orElse(verb));
            possible.set(description.isPresent());
        }
    }
}
