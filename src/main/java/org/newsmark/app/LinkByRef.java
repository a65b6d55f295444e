package org.newsmark.app;

import java.util.Optional;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Draws a relation between spans named by label and range. The ends are looked up when the command
 * first runs, so it can follow the commands that create them inside one composite; undo and redo then
 * work on that relation through the handles of its spans, which follow them across undo and redo.
 */
final class LinkByRef implements AnnotationCommand {

    private final NewLink link;
    private final String description;
    private Link resolved;

    LinkByRef(NewLink link, String description) {
        this.link = link;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(SessionState state) {
        if (resolved == null) {
            Span from = find(state, link.from());
            Span to = find(state, link.to());
            TextRange affected = new TextRange(Math.min(from.start(), to.start()), Math.max(from.end(), to.end()));
            resolved = new Link(state.spanHandle(from.id()), state.spanHandle(to.id()), link.type(), Optional.empty(),
                    affected, description);
        }
        resolved.execute(state);
    }

    @Override
    public void undo(SessionState state) {
        resolved.undo(state);
    }

    @Override
    public TextRange affected() {
        return resolved != null ? resolved.affected()
                : new TextRange(Math.min(link.from().range().start(), link.to().range().start()),
                        Math.max(link.from().range().end(), link.to().range().end()));
    }

    private static Span find(SessionState state, SpanRef ref) {
        return state.spans().stream().filter(ref::refersTo).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + ref.label() + " span at " + ref.range()));
    }
}
