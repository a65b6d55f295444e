package org.newsmark.app.team;

import java.util.List;
import org.newsmark.model.Span;

/**
 * What one curation step changed in the gold layer, for the app to apply as one undoable command.
 * Spans are identified by label and range (their ids are 0: the store gives them theirs); a link is
 * a quote {@code said_by} a speaker, both gold spans.
 */
public record GoldChanges(List<Span> addedSpans, List<Span> removedSpans, List<Link> addedLinks, List<Link> removedLinks) {

    /** A {@code said_by} relation between two gold spans. */
    public record Link(Span quote, Span speaker) {
    }

    public GoldChanges {
        addedSpans = List.copyOf(addedSpans);
        removedSpans = List.copyOf(removedSpans);
        addedLinks = List.copyOf(addedLinks);
        removedLinks = List.copyOf(removedLinks);
    }

    public static final GoldChanges NONE = new GoldChanges(List.of(), List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return addedSpans.isEmpty() && removedSpans.isEmpty() && addedLinks.isEmpty() && removedLinks.isEmpty();
    }

    /** The changes that undo these. */
    public GoldChanges inverse() {
        return new GoldChanges(removedSpans, addedSpans, removedLinks, addedLinks);
    }
}
