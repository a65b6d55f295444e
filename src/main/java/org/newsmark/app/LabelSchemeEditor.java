package org.newsmark.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Label;
import org.newsmark.store.ConcurrentEditException;
import org.newsmark.store.Store;
import org.newsmark.store.Version;

/**
 * Changes to the label scheme from the window: add, rename, recolour, hotkey, order, delete. A
 * change to a label expects the version {@link #labels()} showed of it: when another analyst changed
 * the label since, nothing is stored and an {@link EditConflictException} says who did what. (A
 * label never shown through {@link #labels()} is changed whatever its version.)
 *
 * <p>In a window the editor runs on the task runner's writer thread ({@link #store(Label)},
 * {@link #storeDeletion(long)}, {@link #add}, {@link #move}), after the actions queued before it;
 * {@link #update} and {@link #delete} are for callers without a writer thread.
 */
public final class LabelSchemeEditor {

    private final Workspace workspace;
    /** Each label as {@link #labels()} last showed it, with its version. */
    private final Map<Long, Seen> seen = new HashMap<>();

    private record Seen(Label label, long version) {
    }

    public LabelSchemeEditor(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The labels in bar order, as the analyst is about to see them: later changes expect these versions. */
    public synchronized List<Label> labels() {
        Store store = workspace.store();
        return store.read(() -> {
            List<Label> labels = store.labels().all();
            seen.clear();
            for (Label l : labels) {
                seen.put(l.id(), new Seen(l, store.labels().version(l.id()).number()));
            }
            return labels;
        });
    }

    /** Adds a label at the end with the next safe colour and the first free digit as hotkey. */
    public synchronized Label add(String name) {
        requireFreeName(name, 0);
        Label label = workspace.ensureLabel(name);
        String hotkey = firstFreeDigit();
        if (!hotkey.isEmpty()) {
            label = label.withHotkey(hotkey);
            write(label);
        }
        return label;
    }

    /**
     * Stores a changed label; names and hotkeys must stay unique. Undo histories keep labels by id, so
     * a rename or recolour never stops an action from being undone. Waits for queued actions first and
     * re-reads the open sessions after a rename.
     *
     * @throws EditConflictException another analyst changed the label since it was shown; nothing was stored
     */
    public void update(Label label) {
        workspace.awaitCommits();
        if (store(label)) {
            workspace.refreshSessions(); // the open documents show their spans under the new name
        }
    }

    /**
     * {@link #update} on the writer thread, without waiting for it or re-reading sessions: returns
     * whether the label was renamed, after which the caller re-reads the open sessions on its own thread.
     */
    public synchronized boolean store(Label label) {
        requireFreeName(label.name(), label.id());
        if (!label.hotkey().isEmpty()) {
            workspace.scheme().labels().stream()
                    .filter(l -> l.id() != label.id() && l.hotkey().equalsIgnoreCase(label.hotkey()))
                    .findFirst().ifPresent(l -> {
                        throw new IllegalArgumentException("the key " + label.hotkey() + " already tags '" + l.name() + "'");
                    });
        }
        boolean renamed = workspace.store().labels().find(label.id()).map(l -> !l.name().equals(label.name())).orElse(false);
        write(label);
        return renamed;
    }

    /** Moves a label one place up ({@code -1}) or down ({@code +1}) in the bar, renumbering positions. */
    public synchronized void move(long labelId, int delta) {
        workspace.store().inTransaction(() -> {
            List<Label> labels = new ArrayList<>(workspace.scheme().labels());
            int index = indexOf(labels, labelId);
            int target = index + delta;
            if (index < 0 || target < 0 || target >= labels.size()) {
                return null;
            }
            labels.add(target, labels.remove(index));
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).position() != i) {
                    write(labels.get(i).withPosition(i));
                }
            }
            return null;
        });
    }

    /** Deletes a label no span uses; queued actions are committed first, so one that uses it is counted. */
    public void delete(long labelId) {
        workspace.awaitCommits();
        storeDeletion(labelId);
        workspace.forgetLabels();
    }

    /**
     * {@link #delete} on the writer thread; the caller re-reads the open sessions on its own thread.
     *
     * @throws EditConflictException another analyst changed the label since it was shown; nothing was deleted
     */
    public synchronized void storeDeletion(long labelId) {
        Store store = workspace.store();
        Seen shown = seen.get(labelId);
        try {
            if (shown == null) {
                store.labels().delete(labelId);
            } else {
                store.labels().delete(labelId, shown.version());
            }
        } catch (ConcurrentEditException e) {
            throw conflict(labelId, shown, e);
        }
        seen.remove(labelId);
    }

    /** Stores a label, expecting the version shown of it, and remembers its new version. */
    private void write(Label label) {
        Store store = workspace.store();
        Seen shown = seen.get(label.id());
        long expected = shown != null ? shown.version() : store.labels().version(label.id()).number();
        try {
            Version now = store.labels().update(label, workspace.annotator().name(), expected);
            seen.put(label.id(), new Seen(label, now.number()));
        } catch (ConcurrentEditException e) {
            throw conflict(label.id(), shown, e);
        }
    }

    /** Says who changed the label, and how it is called now when they renamed it. */
    private EditConflictException conflict(long labelId, Seen shown, ConcurrentEditException e) {
        String now = workspace.store().labels().find(labelId).map(Label::name).orElse("?");
        String was = shown == null ? now : shown.label().name();
        return EditConflictException.of(was.equals(now) ? "changed the label '" + now + "'"
                : "renamed the label '" + was + "' to '" + now + "'", e);
    }

    private void requireFreeName(String name, long exceptId) {
        workspace.scheme().labels().stream().filter(l -> l.id() != exceptId && l.name().equals(name)).findFirst()
                .ifPresent(l -> {
                    throw new IllegalArgumentException("there is already a label named '" + name + "'");
                });
    }

    private String firstFreeDigit() {
        for (char c = '1'; c <= '9'; c++) {
            String key = String.valueOf(c);
            if (workspace.scheme().labels().stream().noneMatch(l -> l.hotkey().equals(key))) {
                return key;
            }
        }
        return "";
    }

    private static int indexOf(List<Label> labels, long id) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
