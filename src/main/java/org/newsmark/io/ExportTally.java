package org.newsmark.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable counters a writer fills while it writes; becomes an {@link ExportReport}. */
final class ExportTally {

    private static final int MAX_WARNINGS = 50;

    private int documents;
    private int spans;
    private int relations;
    private int extended;
    private int warningsLeftOut;
    private int fragmentsSeparated;
    private final Map<String, Integer> droppedSpans = new LinkedHashMap<>();
    private final Map<String, Integer> droppedRelations = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    void document() {
        documents++;
    }

    void spansWritten(int n) {
        spans += n;
    }

    void relationsWritten(int n) {
        relations += n;
    }

    void extended() {
        extended++;
    }

    /** Later fragments of discontinuous spans written as spans of their own. */
    void fragmentsSeparated(int n) {
        fragmentsSeparated += n;
    }

    void dropSpans(String reason, int n) {
        if (n > 0) {
            droppedSpans.merge(reason, n, Integer::sum);
        }
    }

    void dropRelations(String reason, int n) {
        if (n > 0) {
            droppedRelations.merge(reason, n, Integer::sum);
        }
    }

    void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            warningsLeftOut++;
        }
    }

    ExportReport report() {
        List<String> all = new ArrayList<>();
        if (fragmentsSeparated > 0) {
            all.add(fragmentsSeparated + " fragments of discontinuous spans written as spans of their own (the format"
                    + " has no discontinuous spans); the fragment_of relations tying them are written where the format"
                    + " has relations");
        }
        all.addAll(warnings);
        if (warningsLeftOut > 0) {
            all.add(warningsLeftOut + " more warnings left out");
        }
        return new ExportReport(documents, spans, relations, droppedSpans, droppedRelations, extended, all);
    }
}
