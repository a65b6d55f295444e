package org.newsmark.model;

import java.util.Objects;

/**
 * Someone (or something, like {@code suggest}) who annotates. An annotator's spans, relations and
 * status of a document are their <em>layer</em> of it, named by the annotator's name.
 *
 * @param name non-blank, without whitespace, at most {@value #MAX_LENGTH} characters
 */
public record Annotator(String name) {

    /** The layer of every annotation made before Newsmark knew annotators, and of spans naming nobody. */
    public static final String DEFAULT = "default";

    /** The reserved layer that curation writes: the agreed annotations of a document. */
    public static final String GOLD = "gold";

    public static final int MAX_LENGTH = 100;

    public Annotator {
        Objects.requireNonNull(name, "name");
        problemWith(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    /** Why {@code name} cannot name an annotator, if it cannot. */
    public static java.util.Optional<String> problemWith(String name) {
        if (name.isBlank()) {
            return java.util.Optional.of("an annotator's name must not be blank");
        }
        if (name.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ',')) {
            return java.util.Optional.of("an annotator's name must have no spaces, commas or control characters: '"
                    + name.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        if (name.length() > MAX_LENGTH) {
            return java.util.Optional.of("an annotator's name must have at most " + MAX_LENGTH + " characters");
        }
        return java.util.Optional.empty();
    }

    /** The name a blank annotator stands for: {@value #DEFAULT}. */
    public static String orDefault(String name) {
        return name == null || name.isBlank() ? DEFAULT : name;
    }

    /**
     * This operating-system user ({@code user.name}), spaces turned into {@code _}; {@value #DEFAULT}
     * where the system names nobody.
     */
    public static Annotator osUser() {
        String user = String.valueOf(System.getProperty("user.name", "")).strip()
                .replaceAll("[\\s,\\p{Cntrl}]+", "_");
        if (user.isEmpty() || user.equals("null") || user.length() > MAX_LENGTH) {
            return new Annotator(DEFAULT);
        }
        return new Annotator(user);
    }

    public boolean isGold() {
        return GOLD.equals(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
