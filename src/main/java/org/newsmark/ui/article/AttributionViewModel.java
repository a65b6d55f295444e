package org.newsmark.ui.article;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.SpeakerCandidates;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * Attributing a quote to a speaker by keyboard: {@code A} on the selected quote lists the nearest
 * speaker spans; a number, or arrows and Enter, links; {@code 0} removes the attribution; Escape
 * leaves. Also links by mouse (Alt+click on a speaker while a quote is selected, or the context menu).
 */
public final class AttributionViewModel {

    public static final String SPEAKER = "speaker";
    public static final String QUOTE = "quote";
    static final int MAX_CANDIDATES = 9;

    private final WorkbenchViewModel workbench;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ObservableList<Span> candidates = FXCollections.observableArrayList();
    private final IntegerProperty highlighted = new SimpleIntegerProperty(0);
    private Span quote;

    public AttributionViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        workbench.sessionProperty().addListener((o, a, b) -> cancel());
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<Span> candidates() {
        return candidates;
    }

    public IntegerProperty highlightedProperty() {
        return highlighted;
    }

    /** Starts picking a speaker for the selected span; false (with a message) when there is nothing to pick. */
    public boolean start() {
        Optional<DocumentSession> session = workbench.session();
        Optional<Span> selected = workbench.selectedSpan();
        if (session.isEmpty() || selected.isEmpty()) {
            workbench.say("Select a quote first, then press A to attribute it");
            return false;
        }
        if (!selected.get().label().equals(QUOTE)) {
            workbench.say("Only a quote can be attributed to a speaker: this span is a " + selected.get().label());
            return false;
        }
        List<Span> near = SpeakerCandidates.near(selected.get(), session.get().spans(), SPEAKER, MAX_CANDIDATES);
        if (near.isEmpty()) {
            workbench.say("No speaker spans in this document yet: tag the speaker first");
            return false;
        }
        quote = selected.get();
        candidates.setAll(near);
        highlighted.set(0);
        active.set(true);
        // one candidate's key is "1" ("1–1" read as a range, or a score)
        workbench.say("Attribute to which speaker? Press " + (near.size() == 1 ? "1" : "1–" + near.size())
                + ", or ↑↓ and Enter; 0 removes, Esc cancels");
        return true;
    }

    public void move(int delta) {
        if (active.get() && !candidates.isEmpty()) {
            highlighted.set(Math.floorMod(highlighted.get() + delta, candidates.size()));
        }
    }

    /** Links the quote to the n-th candidate (1-based, as shown). */
    public boolean choose(int number) {
        if (!active.get() || number < 1 || number > candidates.size()) {
            return false;
        }
        Span speaker = candidates.get(number - 1);
        Span target = quote;
        cancel();
        workbench.link(target, speaker);
        return true;
    }

    public boolean confirm() {
        return choose(highlighted.get() + 1);
    }

    /** Removes the quote's attribution (the {@code 0} key while picking). */
    public void removeAttribution() {
        Span target = quote;
        cancel();
        if (target != null) {
            workbench.unlink(target);
        }
    }

    /** Leaves picking. The offer is cleared before the bar closes, so the view restyles without its emphasis. */
    public void cancel() {
        candidates.clear();
        quote = null;
        active.set(false);
    }

    /** Alt+click on a span: links the selected quote to it when it is a speaker. */
    public boolean linkSelectedTo(Span clicked) {
        Optional<Span> selected = workbench.selectedSpan();
        if (selected.isEmpty() || selected.get().id() == clicked.id() || !selected.get().label().equals(QUOTE)
                || !clicked.label().equals(SPEAKER)) {
            return false;
        }
        workbench.link(selected.get(), clicked);
        return true;
    }

    static String relationType() {
        return Relation.SAID_BY;
    }
}
