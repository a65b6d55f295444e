package org.newsmark.store;

/**
 * The stored version of something two analysts may change at once (a document's status, a label):
 * bumped by every update, with who made the last change and when (ISO-8601 UTC text; empty where
 * nobody has changed it since it was created).
 */
public record Version(long number, String changedBy, String changed) {
}
