package org.newsmark.app;

import org.newsmark.model.TextRange;

/**
 * What an action changed: the text range whose highlighting may differ now, and a note for the
 * status line ("tag 'quote'", "undo relabel ...").
 */
public record SessionChange(TextRange affected, String description) {
}
