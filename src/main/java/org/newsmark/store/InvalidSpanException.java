package org.newsmark.store;

/** A span whose offsets do not fit its document's text, or whose label or document does not exist. */
public class InvalidSpanException extends IllegalArgumentException {

    public InvalidSpanException(String message) {
        super(message);
    }
}
