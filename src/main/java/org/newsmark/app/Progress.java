package org.newsmark.app;

/** Told how far long work has come; the window shows it, the command line ignores it. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} units (documents) are finished. */
    void update(long done, long total);
}
