package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;

/** The documents the analyst is likely to open after the current one: where Ctrl+PgDn, Ctrl+PgUp and Ctrl+Enter lead. */
final class Neighbours {

    private Neighbours() {
    }

    static List<Long> of(List<DocumentSummary> visible, long openId) {
        int index = -1;
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id() == openId) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        int n = visible.size();
        addOnce(ids, visible.get(Math.floorMod(index + 1, n)).id(), openId);
        addOnce(ids, visible.get(Math.floorMod(index - 1, n)).id(), openId);
        for (int step = 1; step < n; step++) {
            DocumentSummary candidate = visible.get(Math.floorMod(index + step, n));
            if (candidate.status() != DocumentStatus.DONE) {
                addOnce(ids, candidate.id(), openId);
                break;
            }
        }
        return List.copyOf(ids);
    }

    private static void addOnce(List<Long> ids, long id, long openId) {
        if (id != openId && !ids.contains(id)) {
            ids.add(id);
        }
    }
}
