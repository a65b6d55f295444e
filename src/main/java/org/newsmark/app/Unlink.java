package org.newsmark.app;

import org.newsmark.model.TextRange;

/** Removes one relation; undo restores it between the same spans. */
final class Unlink implements AnnotationCommand {

    private final RememberedRelation relation;
    private final TextRange affected;

    Unlink(RememberedRelation relation, TextRange affected) {
        this.relation = relation;
        this.affected = affected;
    }

    @Override
    public String description() {
        return "unlink " + relation.type();
    }

    @Override
    public void execute(SessionState state) {
        relation.delete(state);
    }

    @Override
    public void undo(SessionState state) {
        relation.insert(state);
    }

    @Override
    public TextRange affected() {
        return affected;
    }
}
