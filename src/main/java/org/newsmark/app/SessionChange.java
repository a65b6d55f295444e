package org.newsmark.app;

import org.newsmark.model.TextRange;

/**
 * What an action changed: the text range whose highlighting may differ now, a note for the status
 * line ("tag “Yoon” as speaker", "undo relabel ..."), and the spans that went and came.
 */
public record SessionChange(TextRange affected, String description, SpanDelta delta) {

    /** A change whose spans views must read afresh. */
    public SessionChange(TextRange affected, String description) {
        this(affected, description, SpanDelta.RESET);
    }
}
