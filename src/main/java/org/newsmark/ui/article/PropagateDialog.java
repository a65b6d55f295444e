package org.newsmark.ui.article;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.newsmark.app.Propagation;
import org.newsmark.model.Span;
import org.newsmark.ui.Plural;

/** Preview of "tag every other occurrence", with counts, then the user's choice of scope. */
final class PropagateDialog {

    private PropagateDialog() {
    }

    static void show(Window owner, WorkbenchViewModel model, Span span) {
        model.session().ifPresent(session -> {
            String needle = span.textIn(session.text());
            Propagation propagation = new Propagation(model.workspace());
            long documentId = session.document().id();
            Propagation.Preview corpus = propagation.preview(needle, span.label(), Optional.empty());
            int here = corpus.inDocument(documentId);
            int elsewhere = corpus.total() - here;
            ButtonType thisDocument = new ButtonType("This document (" + here + ")", ButtonBar.ButtonData.OK_DONE);
            ButtonType everywhere = new ButtonType("Whole corpus (" + corpus.total() + ")", ButtonBar.ButtonData.YES);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    "“" + needle + "” occurs untagged as " + span.label() + " " + Plural.of(here, "more time") + " in this document and "
                            + Plural.of(elsewhere, "time") + " in "
                            + Plural.of(corpus.documents().size() - (here > 0 ? 1 : 0), "other document")
                            + ". Each document's change can be undone there.",
                    thisDocument, everywhere, ButtonType.CANCEL);
            alert.setHeaderText("Tag other occurrences of “" + needle + "”");
            alert.initOwner(owner);
            alert.getDialogPane().lookupButton(thisDocument).setDisable(here == 0);
            alert.getDialogPane().lookupButton(everywhere).setDisable(corpus.total() == 0);
            alert.showAndWait().ifPresent(choice -> {
                if (choice == thisDocument) {
                    Propagation.Preview local = propagation.preview(needle, span.label(), Optional.of(documentId));
                    model.tagAll(local.documents().isEmpty() ? java.util.List.of() : local.documents().get(0).hits(), span.label());
                } else if (choice == everywhere) {
                    int created = propagation.apply(corpus);
                    model.reloadDocuments();
                    model.refreshOpenDocument();
                    model.say("Tagged " + Plural.of(created, "occurrence") + " of “" + needle + "” as " + span.label());
                }
            });
        });
    }
}
