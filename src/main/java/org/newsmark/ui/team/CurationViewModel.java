package org.newsmark.ui.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.app.CurationSession;
import org.newsmark.app.team.Curation;
import org.newsmark.app.team.Decision;
import org.newsmark.app.team.Disagreement;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Curating one document by keys: the disagreement shown, its candidate spans as rows (annotator,
 * label, text, range; the row's number is the key that accepts that annotator's side), and each
 * step written to the gold layer. After a settling step the next open disagreement is shown.
 */
public final class CurationViewModel {

    /** One annotator's spans at the disagreement shown; an annotator who tagged nothing there has one empty row. */
    public record Row(int key, String annotator, String label, String text, Optional<TextRange> range) {
    }

    private final CurationSession session;
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public CurationViewModel(CurationSession session) {
        this.session = session;
        if (session.replacedAtStart() > 0) {
            message.set("The gold layer held " + session.replacedAtStart()
                    + " spans nobody agreed on; they were replaced (Ctrl+Z brings them back)");
        }
        show(curation().nextOpen(-1).map(Disagreement::index).orElse(curation().disagreements().isEmpty() ? -1 : 0));
        // another curator changed the gold layer first: their gold layer shows, our step is taken back
        session.addRefusalListener(e -> {
            message.set(e.getMessage());
            show(current.get());
        });
    }

    public Curation curation() {
        return session.curation();
    }

    /** The gold layer as it stands (what the store holds once the writer has committed). */
    public List<Span> gold() {
        return session.gold().spans();
    }

    public String text() {
        return session.gold().text();
    }

    public String documentName() {
        return session.gold().document().name();
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Counts every change to the gold layer or the disagreement shown, for views to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Optional<Disagreement> disagreement() {
        return current.get() < 0 ? Optional.empty() : Optional.of(curation().disagreements().get(current.get()));
    }

    /** Accepts the side of the annotator with row key {@code key} (1, 2, ...). */
    public void acceptSide(int key) {
        disagreement().ifPresent(d -> {
            List<String> annotators = List.copyOf(d.candidates().keySet());
            if (key < 1 || key > annotators.size()) {
                message.set("No annotator " + key + " here");
                return;
            }
            settle(() -> session.acceptSide(d.index(), annotators.get(key - 1)));
        });
    }

    public void acceptAll() {
        disagreement().ifPresent(d -> settle(() -> session.acceptAll(d.index())));
    }

    public void reject() {
        disagreement().ifPresent(d -> settle(() -> session.reject(d.index())));
    }

    /** Takes one span of the curator's own label over {@code range} (the disagreement's extent when empty). */
    public void edit(String label, Optional<TextRange> range) {
        disagreement().ifPresent(d -> {
            if (label.isBlank()) {
                message.set("An edited span needs a label");
                return;
            }
            settle(() -> session.edit(d.index(), range.filter(r -> !r.isEmpty()).orElse(d.extent()), label.strip()));
        });
    }

    public void next() {
        step(curation().nextOpen(current.get()).or(() -> curation().next(current.get())));
    }

    public void previous() {
        step(curation().previousOpen(current.get()).or(() -> curation().previous(current.get())));
    }

    public boolean undo() {
        if (!session.undo()) {
            message.set("Nothing to undo");
            return false;
        }
        message.set("Undone");
        show(Math.min(current.get(), curation().disagreements().size() - 1));
        return true;
    }

    private void step(Optional<Disagreement> to) {
        to.ifPresentOrElse(d -> show(d.index()), () -> message.set("No more disagreements that way"));
    }

    private void settle(Runnable action) {
        int at = current.get();
        try {
            action.run();
        } catch (RuntimeException e) {
            message.set(e.getMessage());
            return;
        }
        message.set(curation().openCount() == 0 ? "Every disagreement is settled: the gold layer is complete" : "");
        show(curation().nextOpen(at).or(() -> curation().nextOpen(-1)).map(Disagreement::index).orElse(at));
    }

    private void show(int index) {
        current.set(index);
        List<Row> out = new ArrayList<>();
        disagreement().ifPresent(d -> {
            int key = 1;
            for (var e : d.candidates().entrySet()) {
                if (e.getValue().isEmpty()) {
                    out.add(new Row(key, e.getKey(), "", "(nothing)", Optional.empty()));
                }
                for (Span s : e.getValue()) {
                    out.add(new Row(key, e.getKey(), s.label(), text().substring(s.start(), s.end()), Optional.of(s.range())));
                }
                key++;
            }
        });
        rows.setAll(out);
        Curation c = curation();
        String state = disagreement().flatMap(d -> c.decision(d.index())).map(CurationViewModel::describe).orElse("open");
        progress.set(c.disagreements().isEmpty() ? "No disagreements: every span was agreed"
                : "Disagreement " + (index + 1) + " of " + c.disagreements().size() + " (" + state + ") · "
                + c.openCount() + " open · " + gold().size() + " gold spans");
        revision.set(revision.get() + 1);
    }

    private static String describe(Decision decision) {
        if (decision instanceof Decision.AcceptSide a) {
            return "accepted " + a.annotator();
        }
        if (decision instanceof Decision.Edit e) {
            return "edited to " + e.label();
        }
        return decision instanceof Decision.AcceptAll ? "accepted all" : "rejected";
    }
}
