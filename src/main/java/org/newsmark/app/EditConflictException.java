package org.newsmark.app;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.newsmark.store.ConcurrentEditException;
import org.newsmark.store.Version;

/**
 * Another analyst changed the same thing first (a document's status, the gold layer, a label): the
 * analyst's change was not stored, and what they see is re-read from the store. The message says
 * who changed what, to what and when, in the words the window shows.
 */
public final class EditConflictException extends RuntimeException {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private EditConflictException(String message, ConcurrentEditException cause) {
        super(message, cause);
    }

    /** {@code change} says what was done, e.g. {@code changed the status of 'a' to done}. */
    static EditConflictException of(String change, ConcurrentEditException cause) {
        Version current = cause.current();
        String who = current.changedBy().isBlank() ? "Another analyst" : current.changedBy();
        return new EditConflictException(who + " " + change + at(current.changed())
                + "; your change was not stored. The view now shows theirs.", cause);
    }

    /** {@code  at 10:42} in this computer's time zone, or nothing when the time is unknown. */
    static String at(String changed) {
        if (changed.isBlank()) {
            return "";
        }
        try {
            return " at " + CLOCK.format(Instant.parse(changed).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return " at " + changed;
        }
    }

    /** The store's version of the thing now. */
    public Version current() {
        return ((ConcurrentEditException) getCause()).current();
    }
}
