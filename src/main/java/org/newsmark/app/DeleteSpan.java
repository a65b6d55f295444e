package org.newsmark.app;

import java.util.List;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Removes a span and the relations that die with it; undo brings both back. */
final class DeleteSpan implements AnnotationCommand {

    private final Span span;
    private final List<Relation> relations;

    DeleteSpan(Span span, List<Relation> relations) {
        this.span = span;
        this.relations = List.copyOf(relations);
    }

    @Override
    public String description() {
        return "delete '" + span.label() + "'";
    }

    @Override
    public void execute(SessionState state) {
        state.store().spans().delete(span.id());
        state.removeSpan(span.id());
    }

    @Override
    public void undo(SessionState state) {
        state.store().inTransaction(() -> {
            state.store().spans().restore(span);
            relations.forEach(r -> state.store().relations().restore(r));
            return null;
        });
        state.addSpan(span);
        relations.forEach(state::addRelation);
    }

    @Override
    public TextRange affected() {
        return span.range();
    }
}
