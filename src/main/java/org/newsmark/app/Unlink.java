package org.newsmark.app;

import org.newsmark.model.Relation;
import org.newsmark.model.TextRange;

/** Removes one relation; undo restores it under the same id. */
final class Unlink implements AnnotationCommand {

    private final Relation relation;
    private final TextRange affected;

    Unlink(Relation relation, TextRange affected) {
        this.relation = relation;
        this.affected = affected;
    }

    @Override
    public String description() {
        return "unlink " + relation.type();
    }

    @Override
    public void execute(SessionState state) {
        state.store().relations().delete(relation.id());
        state.removeRelation(relation.id());
    }

    @Override
    public void undo(SessionState state) {
        state.store().relations().restore(relation);
        state.addRelation(relation);
    }

    @Override
    public TextRange affected() {
        return affected;
    }
}
