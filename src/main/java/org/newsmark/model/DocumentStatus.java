package org.newsmark.model;

import java.util.Arrays;
import java.util.Optional;

/** Where an analyst is with a document. */
public enum DocumentStatus {
    NEW("new"),
    IN_PROGRESS("in-progress"),
    DONE("done");

    private final String code;

    DocumentStatus(String code) {
        this.code = code;
    }

    /** The stable name used in the database, the CLI and exports. */
    public String code() {
        return code;
    }

    public static Optional<DocumentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
