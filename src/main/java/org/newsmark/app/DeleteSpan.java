package org.newsmark.app;

import java.util.List;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Removes a span and the relations that die with it; undo brings both back. */
final class DeleteSpan implements AnnotationCommand {

    private final Span span;
    private final String description;
    private final RememberedSpan remembered;
    private final List<RememberedRelation> relations;

    DeleteSpan(SessionState state, Span span, List<Relation> relations) {
        this.span = span;
        this.description = ActionWording.delete(span.label(), span.textIn(state.document().text()));
        this.remembered = RememberedSpan.of(state, span);
        this.relations = relations.stream().map(r -> RememberedRelation.of(state, r)).toList();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(SessionState state) {
        remembered.delete(state);
    }

    @Override
    public void undo(SessionState state) {
        remembered.insert(state);
        relations.forEach(r -> r.insert(state));
    }

    @Override
    public TextRange affected() {
        return span.range();
    }
}
