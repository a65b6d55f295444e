package org.newsmark.io;

import java.util.Optional;

/**
 * One argument of an event (a brat E line), stored as a relation from the event's trigger span to
 * the argument whose type is {@code EVENT:ROLE}, e.g. {@code Attribution:Source}. A relation type with
 * exactly one colon between two non-empty parts is read this way by every part that knows events.
 */
public record EventRole(String event, String role) {

    public EventRole {
        if (event.isEmpty() || role.isEmpty() || event.contains(":") || role.contains(":")) {
            throw new IllegalArgumentException("not an event role: '" + event + ":" + role + "'");
        }
    }

    /** The event role a relation type names, if it has the {@code EVENT:ROLE} form. */
    public static Optional<EventRole> of(String relationType) {
        int colon = relationType.indexOf(':');
        if (colon <= 0 || colon == relationType.length() - 1 || relationType.indexOf(':', colon + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new EventRole(relationType.substring(0, colon), relationType.substring(colon + 1)));
    }

    public static boolean isEventRole(String relationType) {
        return of(relationType).isPresent();
    }

    public EventRole withRole(String newRole) {
        return new EventRole(event, newRole);
    }

    /** The relation type: {@code EVENT:ROLE}. */
    public String type() {
        return event + ":" + role;
    }
}
