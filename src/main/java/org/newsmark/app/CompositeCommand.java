package org.newsmark.app;

import java.util.List;
import org.newsmark.model.TextRange;

/** Several commands as one undoable action, committed as one transaction (tag all hits, accept all, ...). */
final class CompositeCommand implements AnnotationCommand {

    private final String description;
    private final List<AnnotationCommand> parts;

    CompositeCommand(String description, List<AnnotationCommand> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(SessionState state) {
        parts.forEach(p -> p.execute(state));
    }

    @Override
    public void undo(SessionState state) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(state);
        }
    }

    @Override
    public void redo(SessionState state) {
        parts.forEach(p -> p.redo(state));
    }

    @Override
    public TextRange affected() {
        int start = parts.stream().mapToInt(p -> p.affected().start()).min().orElse(0);
        int end = parts.stream().mapToInt(p -> p.affected().end()).max().orElse(0);
        return new TextRange(start, Math.max(start, end));
    }

    int size() {
        return parts.size();
    }
}
