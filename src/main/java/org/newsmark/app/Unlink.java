package org.newsmark.app;

import org.newsmark.model.TextRange;

/** Removes one relation; undo restores it between the same spans. */
final class Unlink implements AnnotationCommand {

    private final RememberedRelation relation;
    private final TextRange affected;
    private final String description;

    Unlink(RememberedRelation relation, TextRange affected, String description) {
        this.relation = relation;
        this.affected = affected;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
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
