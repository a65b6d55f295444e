package org.newsmark.model;

/** What the document list shows of a document without loading its text. */
public record DocumentSummary(long id, String name, String title, DocumentStatus status, int spanCount) {
}
