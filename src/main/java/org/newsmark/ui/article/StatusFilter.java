package org.newsmark.ui.article;

import java.util.Optional;
import org.newsmark.model.DocumentStatus;

/** Which documents the list shows. */
public enum StatusFilter {
    ALL("All", null),
    NEW("New", DocumentStatus.NEW),
    IN_PROGRESS("In progress", DocumentStatus.IN_PROGRESS),
    DONE("Done", DocumentStatus.DONE);

    private final String text;
    private final DocumentStatus status;

    StatusFilter(String text, DocumentStatus status) {
        this.text = text;
        this.status = status;
    }

    public Optional<DocumentStatus> status() {
        return Optional.ofNullable(status);
    }

    public boolean accepts(DocumentStatus candidate) {
        return status == null || status == candidate;
    }

    @Override
    public String toString() {
        return text;
    }
}
