package org.newsmark.app;

import java.util.Optional;
import org.newsmark.model.Relation;
import org.newsmark.model.TextRange;

/**
 * Draws a relation, replacing the one relation of the same type that already leaves the same span
 * (a quote has at most one speaker). Undo removes it and restores what it replaced.
 */
final class Link implements AnnotationCommand {

    private final RememberedRelation remembered;
    private final Optional<RememberedRelation> replaced;
    private final TextRange affected;
    private final String description;
    private Relation relation;

    /** A new relation of {@code type} between the spans of {@code from} and {@code to}, named {@code description}. */
    Link(Handle from, Handle to, String type, Optional<RememberedRelation> replaced, TextRange affected,
         String description) {
        this.remembered = new RememberedRelation(new Handle(0), from, to, type);
        this.replaced = replaced;
        this.affected = affected;
        this.description = description;
    }

    /** The relation as last stored. */
    Relation relation() {
        return relation;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(SessionState state) {
        replaced.ifPresent(r -> r.delete(state));
        relation = remembered.insert(state);
    }

    @Override
    public void undo(SessionState state) {
        remembered.delete(state);
        replaced.ifPresent(r -> r.insert(state));
    }

    @Override
    public TextRange affected() {
        return affected;
    }
}
