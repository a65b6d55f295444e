package org.newsmark.app.team;

/** The curation after a step, and what the step changed in the gold layer. */
public record Settlement(Curation curation, GoldChanges changes) {
}
