package org.newsmark.ui.article;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.EditConflictException;
import org.newsmark.app.SessionChange;
import org.newsmark.app.UndoFailedException;
import org.newsmark.app.Workspace;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;
import org.newsmark.model.Label;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * The state of the workbench window: the document list and its filter, the open document, its
 * spans, the selected span, the label scheme and what the status bar says. Every action goes
 * through the open {@link DocumentSession}, which commits it before this model shows it.
 */
public final class WorkbenchViewModel {

    private final Workspace workspace;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final FilteredList<DocumentSummary> visibleDocuments = new FilteredList<>(documents);
    private final javafx.beans.binding.BooleanBinding anyDocument = javafx.beans.binding.Bindings.isNotEmpty(documents);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    /** Ids assigned to the analyst; empty when nothing is assigned to anyone. */
    private Optional<java.util.Set<Long>> assigned = Optional.empty();
    /** A reading of the list is under way ({@link #refreshDocuments}); another was asked for meanwhile. */
    private boolean refreshing;
    private boolean refreshAgain;
    private final javafx.beans.property.BooleanProperty onlyAssigned = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.ReadOnlyBooleanWrapper hasAssignments = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DocumentSession> session = new ReadOnlyObjectWrapper<>();
    private final OrderedList<Span> spans = new OrderedList<>();
    private final ObjectProperty<Span> selectedSpan = new SimpleObjectProperty<>();
    private final ObservableList<Label> labels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DocumentStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, Integer>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    /** The open document's span count per label as of the last action; {@link #counts} shows it once the side views follow. */
    private Map<String, Integer> tally = Map.of();
    /** Where the side views follow an action (see {@link #followActionsThrough}); at once without a window. */
    private java.util.concurrent.Executor sideViews = Runnable::run;
    /** Sessions whose document-list row waits for the side views to follow; empty when nothing is queued. */
    private final java.util.Set<DocumentSession> summariesDue = new java.util.LinkedHashSet<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TextRange> reveal = new ReadOnlyObjectWrapper<>();
    private SessionChange lastChange;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Consumer<SessionChange> onSessionChange = this::sessionChanged;
    private final DocumentSession.SaveListener onSave = new DocumentSession.SaveListener() {
        @Override
        public void saved(String description) {
            message.set("Saved: " + description);
        }

        @Override
        public void failed(String description, RuntimeException cause) {
            String text = cause instanceof EditConflictException ? cause.getMessage()
                    : "Not saved: " + description + " (" + (cause.getMessage() == null
                    ? cause.getClass().getSimpleName() : cause.getMessage())
                    + "); the article shows what the database holds, and undo starts afresh";
            message.set(text);
            problem.set("");
            problem.set(text);
            System.getLogger("newsmark").log(System.Logger.Level.ERROR, text, cause);
        }
    };
    /** Sessions whose saves this model hears (a save may arrive after switching to another document). */
    private final java.util.Set<DocumentSession> heard = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<Consumer<SessionChange>> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Where an article not opened before in this run is read, and where it is handed back; empty: read on the calling thread. */
    private final Optional<Reading> reading;
    /** The document asked for last (shown, or on its way); read by the reader to skip a request already overtaken. */
    private volatile long requested = -1;
    private final ReadOnlyObjectWrapper<Optional<DocumentSummary>> opening = new ReadOnlyObjectWrapper<>(Optional.empty());

    /** Reads off the thread that takes the keys: {@code reader} reads, {@code onFxThread} shows it. */
    public record Reading(java.util.concurrent.Executor reader, java.util.concurrent.Executor onFxThread) {
    }

    /** Opens documents on the calling thread (tests of the model alone). */
    public WorkbenchViewModel(Workspace workspace) {
        this(workspace, Optional.empty());
    }

    /**
     * With {@code reading}, an article this run has not opened yet is read on its reader and shown
     * when it arrives (see {@link #open}); the window passes its task runner's reader.
     */
    public WorkbenchViewModel(Workspace workspace, Optional<Reading> reading) {
        this.workspace = workspace;
        this.reading = reading;
        filterText.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        onlyAssigned.addListener((o, a, b) -> refilter());
        labels.setAll(workspace.scheme().labels()); // no session is open yet
        listDocumentsNow();
        workspace.saving().addListener(now -> message.set(SavingText.of(now)));
    }

    public String windowTitle() {
        return "Newsmark — " + workspace.location();
    }

    public Workspace workspace() {
        return workspace;
    }

    // ---- document list -------------------------------------------------------------------

    public ObservableList<DocumentSummary> visibleDocuments() {
        return visibleDocuments;
    }

    /** Whether the database holds any document at all, whatever the filters show. */
    public javafx.beans.binding.BooleanExpression anyDocument() {
        return anyDocument;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** Whether the list shows only the documents assigned to the analyst (when any are assigned). */
    public javafx.beans.property.BooleanProperty onlyAssignedProperty() {
        return onlyAssigned;
    }

    /** Whether documents are assigned to annotators in this database. */
    public javafx.beans.property.ReadOnlyBooleanProperty hasAssignmentsProperty() {
        return hasAssignments.getReadOnlyProperty();
    }

    /** After an import or a corpus-wide action: in the window the list is read again on the reader thread. */
    public void reloadDocuments() {
        reading.ifPresentOrElse(r -> refreshDocuments(r.reader(), r.onFxThread()), this::listDocumentsNow);
    }

    private void listDocumentsNow() {
        assigned = workspace.assignedDocuments();
        hasAssignments.set(assigned.isPresent());
        documents.setAll(workspace.documents());
        refilter();
    }

    /**
     * Reads the document list again on {@code background} (another client changed it) and shows on
     * {@code fx} only what differs, row by row, so the selection and the scroll position stay; the open
     * document's row is its session's, which only this analyst changes. A reading asked for while one is
     * under way follows it, once.
     */
    public void refreshDocuments(java.util.concurrent.Executor background, java.util.concurrent.Executor fx) {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new Listing(workspace.assignedDocuments(), workspace.documents()), background)
                .whenCompleteAsync((read, failure) -> {
                    refreshing = false;
                    if (failure == null) {
                        show(read);
                    } else {
                        System.getLogger("newsmark").log(System.Logger.Level.WARNING, "could not read the documents again", failure);
                    }
                    if (refreshAgain) {
                        refreshAgain = false;
                        refreshDocuments(background, fx);
                    }
                }, fx);
    }

    private record Listing(Optional<java.util.Set<Long>> assigned, List<DocumentSummary> documents) {
    }

    private void show(Listing read) {
        Optional<DocumentSummary> open = session().flatMap(s -> documents.stream()
                .filter(d -> d.id() == s.document().id()).findFirst());
        List<DocumentSummary> content = read.documents().stream()
                .map(d -> open.filter(o -> o.id() == d.id()).orElse(d)).toList();
        boolean sameRows = content.size() == documents.size();
        for (int i = 0; sameRows && i < content.size(); i++) {
            sameRows = content.get(i).id() == documents.get(i).id();
        }
        if (sameRows) {
            for (int i = 0; i < content.size(); i++) {
                if (!content.get(i).equals(documents.get(i))) {
                    documents.set(i, content.get(i));
                }
            }
        } else {
            ListPatch.apply(documents, content);
        }
        if (!read.assigned().equals(assigned)) {
            assigned = read.assigned();
            hasAssignments.set(assigned.isPresent());
            refilter();
        }
    }

    /**
     * After the analyst's own change of the label scheme, or an import: the labels and the open
     * sessions (whose spans a rename relabels) are read again. In the window that happens on the
     * reader thread, since a session's re-read first waits for its queued commits.
     */
    public java.util.concurrent.CompletableFuture<Void> reloadLabels() {
        return reading.map(r -> rereadScheme(r.reader(), r.onFxThread(), true)).orElseGet(() -> {
            workspace.refreshSessions();
            labels.setAll(workspace.scheme().labels());
            session().ifPresent(s -> spans.patch(s.spans(), Span.BY_POSITION));
            updateCounts();
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
    }

    /**
     * Another client changed the label scheme: the labels and the open sessions (whose spans a rename
     * relabels) are read on {@code background} and shown on {@code fx}, the screen's thread.
     */
    public java.util.concurrent.CompletableFuture<Void> refreshScheme(java.util.concurrent.Executor background,
            java.util.concurrent.Executor fx) {
        return rereadScheme(background, fx, false);
    }

    private java.util.concurrent.CompletableFuture<Void> rereadScheme(java.util.concurrent.Executor background,
            java.util.concurrent.Executor fx, boolean ownChange) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> workspace.scheme().labels(), background)
                .thenComposeAsync(read -> {
                    if (!ownChange && read.equals(labels)) {
                        // an SQLite file says only that something changed: a re-read would take the other
                        // client's status version as seen without showing their status
                        return java.util.concurrent.CompletableFuture.completedFuture(null);
                    }
                    labels.setAll(read);
                    return java.util.concurrent.CompletableFuture.allOf(workspace.openSessions().stream()
                            .map(s -> s.reread(background, fx).thenAccept(changed -> {
                                if (changed && s == session.get()) {
                                    showReread(s);
                                }
                            })).toArray(java.util.concurrent.CompletableFuture[]::new));
                }, fx)
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        System.getLogger("newsmark").log(System.Logger.Level.WARNING,
                                "could not read the changed label scheme: " + failure.getMessage(), failure);
                    }
                });
    }

    /** The open session after a re-read: its spans, counts and status as the store holds them. */
    private void showReread(DocumentSession s) {
        spans.patch(s.spans(), Span.BY_POSITION);
        updateCounts();
        status.set(s.document().status());
        updateSummary(s);
        SessionChange change = new SessionChange(new TextRange(0, s.text().length()), "the label scheme changed");
        changeListeners.forEach(l -> l.accept(change));
    }

    private void refilter() {
        String needle = filterText.get().trim().toLowerCase(Locale.ROOT);
        StatusFilter filter = statusFilter.get();
        Optional<java.util.Set<Long>> mine = onlyAssigned.get() ? assigned : Optional.empty();
        visibleDocuments.setPredicate(d -> filter.accepts(d.status())
                && mine.map(ids -> ids.contains(d.id())).orElse(true)
                && (needle.isEmpty() || d.title().toLowerCase(Locale.ROOT).contains(needle)
                || d.name().toLowerCase(Locale.ROOT).contains(needle)));
    }

    // ---- the open document ---------------------------------------------------------------

    public ReadOnlyObjectProperty<DocumentSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<DocumentSession> session() {
        return Optional.ofNullable(session.get());
    }

    /**
     * Shows a document. One this run opened before shows at once; another is read on the reader (in
     * the window) and shown when it arrives, unless a later {@code open} overtook it: only the last
     * document asked for shows. Until it shows, the article on screen takes no action (see
     * {@link #openingProperty()}) and stepping through documents steps from the one on its way.
     */
    public void open(long documentId) {
        requested = documentId;
        DocumentSession previous = session.get();
        if (previous != null && previous.document().id() == documentId) {
            opening.set(Optional.empty()); // back to the article on screen: what was on its way will not show
            return;
        }
        if (opening.get().filter(d -> d.id() == documentId).isPresent()) {
            return; // already on its way
        }
        Optional<DocumentSession> known = workspace.openSessionIfAny(documentId);
        if (known.isPresent() || reading.isEmpty()) {
            opening.set(Optional.empty());
            attempt(() -> known.orElseGet(() -> workspace.open(documentId))).ifPresent(this::show);
            return;
        }
        DocumentSummary summary = documents.stream().filter(d -> d.id() == documentId).findFirst()
                .orElse(new DocumentSummary(documentId, "", "document " + documentId, DocumentStatus.NEW, 0));
        opening.set(Optional.of(summary));
        message.set("Opening “" + summary.title() + "”…");
        java.util.concurrent.CompletableFuture
                .supplyAsync(() -> requested == documentId ? workspace.open(documentId) : null, reading.get().reader())
                .whenCompleteAsync((read, failure) -> {
                    if (opening.get().filter(d -> d.id() == documentId).isEmpty()) {
                        return; // overtaken by a later open
                    }
                    if (failure == null && read != null) {
                        show(read);
                    }
                    opening.set(Optional.empty()); // after show: what waits for it speaks after "Opened"
                    if (failure != null) {
                        report(failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure);
                    }
                }, reading.get().onFxThread());
    }

    /**
     * A document's session read ahead of opening it, without showing it: at once when this run opened
     * it before, else read on the reader and delivered there (empty without a reader, or if it fails).
     */
    public java.util.concurrent.CompletableFuture<Optional<DocumentSession>> readAhead(long documentId) {
        Optional<DocumentSession> known = workspace.openSessionIfAny(documentId);
        if (known.isPresent() || reading.isEmpty()) {
            return java.util.concurrent.CompletableFuture.completedFuture(known);
        }
        return java.util.concurrent.CompletableFuture
                .supplyAsync(() -> Optional.of(workspace.open(documentId)), reading.get().reader())
                .exceptionally(failure -> Optional.empty());
    }

    /**
     * The document being read to be shown, while it is on its way. Meanwhile actions on the article
     * on screen (keys, clicks, accepting suggestions) are refused with a note in the status bar:
     * they were meant either for the old article, which the analyst has left, or for the new one,
     * whose text they have not seen; so none is applied, and none is dropped without a word.
     */
    public ReadOnlyObjectProperty<Optional<DocumentSummary>> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Runs {@code then} now, or once the document on its way has arrived (or was overtaken): a note said after its "Opened". */
    public void whenShown(Runnable then) {
        if (opening.get().isEmpty()) {
            then.run();
            return;
        }
        opening.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Optional<DocumentSummary>> o,
                                Optional<DocumentSummary> was, Optional<DocumentSummary> now) {
                if (now.isEmpty()) {
                    opening.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** The document asked for last: the one on its way, else the one shown (-1 before any). */
    public long requestedDocument() {
        return opening.get().map(DocumentSummary::id)
                .orElseGet(() -> session().map(s -> s.document().id()).orElse(-1L));
    }

    /**
     * The open session if actions may change it now: empty (with a note saying the action was not
     * applied) while another document is on its way, or when none is open.
     */
    public Optional<DocumentSession> actionable() {
        Optional<DocumentSummary> coming = opening.get();
        if (coming.isPresent()) {
            message.set("Opening “" + coming.get().title() + "”… not applied; press it again once the article shows");
            return Optional.empty();
        }
        return session();
    }

    private void show(DocumentSession next) {
        DocumentSession previous = session.get();
        if (previous == next) {
            return;
        }
        if (previous != null) {
            previous.removeListener(onSessionChange);
        }
        next.addListener(onSessionChange);
        if (heard.add(next)) {
            next.addSaveListener(onSave);
        }
        selectedSpan.set(null);
        spans.setAll(next.spans());
        session.set(next);
        status.set(next.document().status());
        updateCounts();
        updateSummary(next);
        message.set("Opened “" + next.document().title() + "”");
    }

    public ObservableList<Span> spans() {
        return spans;
    }

    public ObjectProperty<Span> selectedSpanProperty() {
        return selectedSpan;
    }

    public Optional<Span> selectedSpan() {
        return Optional.ofNullable(selectedSpan.get());
    }

    public ObservableList<Label> labels() {
        return labels;
    }

    public ReadOnlyObjectProperty<DocumentStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A failure the user must see (a save that did not happen); the view shows it in a dialog. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Views restyle the changed part of the text from these. */
    public void addChangeListener(Consumer<SessionChange> listener) {
        changeListeners.add(listener);
    }

    /**
     * The label counts and the document list's row of the edited document follow each action
     * through {@code later}. The window runs them after the frame that shows the action in the
     * article: text that changes in the status bar and the document list, far from the edit, would
     * otherwise be laid out and drawn in that frame. Several actions before then are one update.
     */
    public void followActionsThrough(java.util.concurrent.Executor later) {
        this.sideViews = later;
    }

    // ---- actions -----------------------------------------------------------------------

    /** Follows the text selection: an exact span range or a caret inside a span selects that span. */
    public void selectionChanged(TextRange selection) {
        DocumentSession current = session.get();
        if (current == null) {
            return;
        }
        Span selected = selectedSpan.get();
        if (selection.isEmpty()) {
            selectedSpan.set(current.innermostAt(selection.start()).orElse(null));
            return;
        }
        TextRange trimmed = selection.trimmedIn(current.text());
        if (selected != null && selected.range().equals(trimmed)) {
            return;
        }
        selectedSpan.set(current.spansAt(trimmed).stream().findFirst().orElse(null));
    }

    /**
     * A typed key: a label's hotkey tags the selection, or relabels the selected span when the
     * selection is empty or is exactly that span. Returns whether the key was a hotkey.
     */
    public boolean hotkey(String typed, TextRange selection) {
        Optional<Label> label = labelOfKey(typed);
        label.ifPresent(l -> apply(l.name(), selection));
        return label.isPresent();
    }

    /** The label whose hotkey is {@code typed}, if any. */
    public Optional<Label> labelOfKey(String typed) {
        return labels.stream().filter(l -> !l.hotkey().isEmpty() && l.hotkey().equalsIgnoreCase(typed)).findFirst();
    }

    /** Tags the selection with a label (or relabels the selected span), as clicking a label does. */
    public void apply(String labelName, TextRange selection) {
        DocumentSession current = actionable().orElse(null);
        if (current == null) {
            return;
        }
        Span selected = selectedSpan.get();
        TextRange trimmed = selection.trimmedIn(current.text());
        if (selected != null && (trimmed.isEmpty() || selected.range().equals(trimmed))) {
            if (!attempt(() -> current.relabel(selected.id(), labelName)).orElse(true)) {
                message.set("Already tagged as " + labelName + " here: nothing changed");
            }
            current.span(selected.id()).ifPresent(selectedSpan::set);
            return;
        }
        if (trimmed.isEmpty()) {
            message.set("Select some text first, then press a label's key");
            return;
        }
        String picked = current.text().substring(trimmed.start(), trimmed.end());
        if (picked.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // a double click in the blank after a paragraph's last line selects its full stop
            message.set("“" + picked + "” has no word or number in it: nothing tagged");
            return;
        }
        attempt(() -> current.tag(trimmed, labelName)).flatMap(s -> s).ifPresent(selectedSpan::set);
    }

    /** Tags several ranges as one undoable action; returns what was created. */
    public List<Span> tagAll(List<TextRange> ranges, String labelName) {
        return actionable().flatMap(s -> attempt(() -> s.tagAll(ranges, labelName, DocumentSession.ANALYST)))
                .orElse(List.of());
    }

    /** Attributes {@code quote} to {@code speaker} ({@code said_by}); keeps the quote selected. */
    public void link(Span quote, Span speaker) {
        if (!quote.label().equals(AttributionViewModel.QUOTE) || !speaker.label().equals(AttributionViewModel.SPEAKER)) {
            say("Only a quote can be attributed, and only to a speaker");
            return;
        }
        actionable().ifPresent(s -> attempt(() -> s.link(quote.id(), speaker.id(), AttributionViewModel.relationType())));
        session().flatMap(s -> s.span(quote.id())).ifPresent(selectedSpan::set);
    }

    /** Removes the quote's attribution, if it has one. */
    public void unlink(Span quote) {
        if (actionable().isEmpty()) {
            return;
        }
        session().flatMap(s -> s.attributionOf(quote.id())).ifPresentOrElse(
                r -> session().ifPresent(s -> attempt(() -> {
                    s.unlink(r.id());
                    return true;
                })),
                () -> say("This span has no speaker to remove"));
    }

    /** Re-reads the open document's spans after a change made through another path (corpus-wide actions). */
    public void refreshOpenDocument() {
        session().ifPresent(s -> {
            spans.patch(s.spans(), Span.BY_POSITION);
            updateCounts();
            updateSummary(s);
            changeListeners.forEach(l -> l.accept(new SessionChange(new TextRange(0, s.text().length()), "refresh")));
        });
    }

    /** Shows a short note in the status bar. */
    public void say(String text) {
        message.set(text);
    }

    /** Gives the selected span a new range (keyboard or edge drag); it stays selected. */
    public void resizeSelected(TextRange range) {
        Span selected = selectedSpan.get();
        DocumentSession current = actionable().orElse(null);
        if (selected == null || current == null) {
            return;
        }
        attempt(() -> {
            current.resize(selected.id(), range);
            return true;
        });
        current.span(selected.id()).ifPresent(selectedSpan::set);
    }

    public void deleteSelected() {
        DocumentSession current = actionable().orElse(null);
        Span selected = selectedSpan.get();
        if (current == null || selected == null) {
            return;
        }
        selectedSpan.set(null);
        attempt(() -> {
            current.delete(selected.id());
            return true;
        });
    }

    public void setStatus(DocumentStatus newStatus) {
        actionable().ifPresent(s -> attempt(() -> {
            s.setStatus(newStatus);
            return true;
        }));
    }

    /** Undoes the last action, then selects what it changed and asks the view to scroll there. */
    public void undo() {
        step(DocumentSession::undo, "Nothing to undo");
    }

    /** Redoes the last undone action, then selects what it changed and asks the view to scroll there. */
    public void redo() {
        step(DocumentSession::redo, "Nothing to redo");
    }

    /** Where the text changed by an undo or redo is: the view selects it and scrolls it into sight. */
    public ReadOnlyObjectProperty<TextRange> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    private void step(java.util.function.Predicate<DocumentSession> action, String nothing) {
        actionable().ifPresent(s -> {
            lastChange = null;
            if (!attempt(() -> action.test(s)).orElse(true)) {
                message.set(nothing);
            } else if (lastChange != null && !lastChange.affected().isEmpty()) {
                showChanged(s, lastChange);
            }
        });
        Span selected = selectedSpan.get();
        if (selected != null && session().flatMap(s -> s.span(selected.id())).isEmpty()) {
            selectedSpan.set(null);
        }
    }

    /**
     * Selects the span the step brought back or changed (not one it only passed over), else the first
     * span inside the changed range (a link's end), else nothing (a removed span), and reveals it, or
     * the start of the range.
     */
    private void showChanged(DocumentSession s, SessionChange change) {
        TextRange affected = change.affected();
        List<Span> inside = s.spansOverlapping(affected).stream().filter(x -> affected.contains(x.range())).toList();
        java.util.Set<Long> cameBack = new java.util.HashSet<>();
        change.delta().added().forEach(x -> cameBack.add(x.id()));
        Optional<Span> changed = inside.stream().filter(x -> cameBack.contains(x.id())).findFirst()
                .or(() -> inside.stream().findFirst());
        reveal.set(null);
        reveal.set(changed.map(Span::range).orElse(new TextRange(affected.start(), affected.start())));
        selectedSpan.set(changed.orElse(null)); // after the view moved its caret, which may have selected a neighbour
    }

    /** Up to this many spans changed, the list is patched row by row. */
    private static final int ONE_BY_ONE = 16;

    private void sessionChanged(SessionChange change) {
        lastChange = change;
        DocumentSession current = session.get();
        if (current.document().status() == DocumentStatus.NEW && !change.affected().isEmpty()) {
            current.markStarted(); // the first change to the text's annotations starts the work
        }
        if (change.delta().reset()) {
            spans.patch(current.spans(), Span.BY_POSITION);
            tally = countsOf(current);
        } else {
            patch(change.delta());
        }
        status.set(current.document().status());
        message.set(SavingText.saving(workspace.saving().now(), change.description()));
        changeListeners.forEach(l -> l.accept(change));
        sideViewsLater(current);
    }

    /** Shows the counts as of now and the edited documents' rows, once, through {@link #sideViews}. */
    private void sideViewsLater(DocumentSession edited) {
        boolean due = !summariesDue.isEmpty();
        summariesDue.add(edited);
        if (due) {
            return;
        }
        sideViews.execute(() -> {
            List<DocumentSession> rows = List.copyOf(summariesDue);
            summariesDue.clear();
            counts.set(tally);
            rows.forEach(this::updateSummary);
        });
    }

    /** Applies what the action did to the span list and the counts, without looking at the other spans. */
    private void patch(org.newsmark.app.SpanDelta delta) {
        if (delta.removed().size() + delta.added().size() > ONE_BY_ONE) {
            // many rows (tag all): one change to the list holding just the rows that differ, so the table lays out once
            spans.patch(session.get().spans(), Span.BY_POSITION);
        } else {
            for (Span gone : delta.removed()) {
                int at = java.util.Collections.binarySearch(spans, gone, Span.BY_POSITION);
                if (at >= 0) {
                    spans.remove(at);
                }
            }
            for (Span come : delta.added()) {
                int at = java.util.Collections.binarySearch(spans, come, Span.BY_POSITION);
                spans.add(at < 0 ? -at - 1 : at, come);
            }
        }
        Map<String, Integer> next = new java.util.LinkedHashMap<>(tally);
        delta.removed().forEach(gone -> next.computeIfPresent(gone.label(), (l, n) -> n - 1));
        delta.added().forEach(come -> next.merge(come.label(), 1, Integer::sum));
        tally = next;
    }

    /** The counts of the open document, shown at once (opening, a re-read). */
    private void updateCounts() {
        DocumentSession current = session.get();
        tally = current == null ? Map.of() : countsOf(current);
        counts.set(tally);
    }

    private Map<String, Integer> countsOf(DocumentSession current) {
        return current.countsByLabel(labels.stream().map(Label::name).toList());
    }

    private void updateSummary(DocumentSession current) {
        DocumentSummary fresh = new DocumentSummary(current.document().id(), current.document().name(),
                current.document().title(), current.document().status(), current.spans().size());
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id() == fresh.id()) {
                if (!documents.get(i).equals(fresh)) {
                    documents.set(i, fresh);
                }
                return;
            }
        }
    }

    private <T> Optional<T> attempt(java.util.function.Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException e) {
            report(e);
            return Optional.empty();
        }
    }

    private void report(Throwable failure) {
        if (failure instanceof EditConflictException e) {
            // nothing of the action was stored; the session shows the other analyst's change now
            message.set(e.getMessage());
            problem.set("");
            problem.set(e.getMessage());
            return;
        }
        if (org.newsmark.app.SavingStatus.isConnectionLoss(failure)) {
            message.set(SavingText.unreachable(workspace.saving().now(), workspace.location()));
            return;
        }
        if (failure instanceof UndoFailedException e) {
            // nothing changed and the history is kept: the status bar says so, no "could not save" alert
            message.set(e.getMessage());
            System.getLogger("newsmark").log(System.Logger.Level.WARNING, e.getMessage(), e);
            return;
        }
        String text = "Not saved: " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        message.set(text);
        problem.set("");
        problem.set(text);
        System.getLogger("newsmark").log(System.Logger.Level.ERROR, text, failure);
    }
}
