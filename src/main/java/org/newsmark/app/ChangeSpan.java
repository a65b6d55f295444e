package org.newsmark.app;

import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Relabels or resizes a span; its id and relations stay. Labels are kept by id, so a rename in between changes nothing. */
final class ChangeSpan implements AnnotationCommand {

    private final String description;
    private final Handle span;
    private final long labelBefore;
    private final TextRange rangeBefore;
    private final long labelAfter;
    private final TextRange rangeAfter;

    ChangeSpan(SessionState state, Span before, Span after) {
        this.description = describe(before, after, state.document().text());
        this.span = state.spanHandle(before.id());
        this.labelBefore = state.labelId(before.label());
        this.rangeBefore = before.range();
        this.labelAfter = state.labelId(after.label());
        this.rangeAfter = after.range();
    }

    private static String describe(Span before, Span after, String text) {
        if (before.range().equals(after.range())) {
            return ActionWording.relabel(before.label(), after.label(), before.textIn(text));
        }
        return before.label().equals(after.label())
                ? ActionWording.resize(before.label(), before.textIn(text), after.textIn(text))
                : ActionWording.change(before.label(), before.textIn(text), after.label(), after.textIn(text));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(SessionState state) {
        apply(state, labelAfter, rangeAfter);
    }

    @Override
    public void undo(SessionState state) {
        apply(state, labelBefore, rangeBefore);
    }

    private void apply(SessionState state, long labelId, TextRange range) {
        Span current = state.span(state.liveSpanId(span)).orElseThrow();
        Span changed = current.withLabel(state.labelName(labelId)).withRange(range);
        state.updateSpan(changed);
    }

    @Override
    public TextRange affected() {
        return new TextRange(Math.min(rangeBefore.start(), rangeAfter.start()), Math.max(rangeBefore.end(), rangeAfter.end()));
    }
}
