package org.newsmark.app;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.Label;

/** Changes to the label scheme from the window: add, rename, recolour, hotkey, order, delete. */
public final class LabelSchemeEditor {

    private final Workspace workspace;

    public LabelSchemeEditor(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Adds a label at the end with the next safe colour and the first free digit as hotkey. */
    public Label add(String name) {
        requireFreeName(name, 0);
        Label label = workspace.ensureLabel(name);
        String hotkey = firstFreeDigit();
        if (!hotkey.isEmpty()) {
            label = label.withHotkey(hotkey);
            workspace.store().labels().update(label);
        }
        return label;
    }

    /**
     * Stores a changed label; names and hotkeys must stay unique. Undo histories keep labels by id, so
     * a rename or recolour never stops an action from being undone.
     */
    public void update(Label label) {
        requireFreeName(label.name(), label.id());
        if (!label.hotkey().isEmpty()) {
            workspace.scheme().labels().stream()
                    .filter(l -> l.id() != label.id() && l.hotkey().equalsIgnoreCase(label.hotkey()))
                    .findFirst().ifPresent(l -> {
                        throw new IllegalArgumentException("the key " + label.hotkey() + " already tags '" + l.name() + "'");
                    });
        }
        workspace.awaitCommits();
        boolean renamed = workspace.store().labels().find(label.id()).map(l -> !l.name().equals(label.name())).orElse(false);
        workspace.store().labels().update(label);
        if (renamed) {
            workspace.refreshSessions(); // the open documents show their spans under the new name
        }
    }

    /** Moves a label one place up ({@code -1}) or down ({@code +1}) in the bar, renumbering positions. */
    public void move(long labelId, int delta) {
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
                    workspace.store().labels().update(labels.get(i).withPosition(i));
                }
            }
            return null;
        });
    }

    /** Deletes a label no span uses; queued actions are committed first, so one that uses it is counted. */
    public void delete(long labelId) {
        workspace.awaitCommits();
        workspace.store().labels().delete(labelId);
        workspace.forgetLabels();
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
