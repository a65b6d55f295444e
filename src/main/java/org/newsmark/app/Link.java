package org.newsmark.app;

import java.util.Optional;
import org.newsmark.model.Relation;
import org.newsmark.model.TextRange;

/**
 * Draws a relation, replacing the one relation of the same type that already leaves the same span
 * (a quote has at most one speaker). Undo removes it and restores what it replaced.
 */
final class Link implements AnnotationCommand {

    private Relation relation;
    private final Optional<Relation> replaced;
    private final TextRange affected;

    Link(Relation relation, Optional<Relation> replaced, TextRange affected) {
        this.relation = relation;
        this.replaced = replaced;
        this.affected = affected;
    }

    Relation relation() {
        return relation;
    }

    @Override
    public String description() {
        return "link " + relation.type();
    }

    @Override
    public void execute(SessionState state) {
        state.store().inTransaction(() -> {
            replaced.ifPresent(r -> state.store().relations().delete(r.id()));
            relation = relation.id() == 0 ? state.store().relations().insert(relation)
                    : state.store().relations().restore(relation);
            return null;
        });
        replaced.ifPresent(r -> state.removeRelation(r.id()));
        state.addRelation(relation);
    }

    @Override
    public void undo(SessionState state) {
        state.store().inTransaction(() -> {
            state.store().relations().delete(relation.id());
            replaced.ifPresent(r -> state.store().relations().restore(r));
            return null;
        });
        state.removeRelation(relation.id());
        replaced.ifPresent(state::addRelation);
    }

    @Override
    public TextRange affected() {
        return affected;
    }
}
