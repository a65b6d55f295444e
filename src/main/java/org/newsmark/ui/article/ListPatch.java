package org.newsmark.ui.article;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings an observable list to a new content by replacing only the part between the common prefix
 * and suffix, so a table of 20,000 rows sees one small change instead of a full reset.
 */
final class ListPatch {

    private ListPatch() {
    }

    static <T> void apply(ObservableList<T> target, List<T> content) {
        int prefix = 0;
        int max = Math.min(target.size(), content.size());
        while (prefix < max && target.get(prefix).equals(content.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && target.get(target.size() - 1 - suffix).equals(content.get(content.size() - 1 - suffix))) {
            suffix++;
        }
        List<T> middle = content.subList(prefix, content.size() - suffix);
        int oldEnd = target.size() - suffix;
        if (oldEnd - prefix == 1 && middle.size() == 1) {
            target.set(prefix, middle.get(0));
        } else if (oldEnd > prefix && middle.isEmpty()) {
            target.remove(prefix, oldEnd);
        } else if (oldEnd == prefix && !middle.isEmpty()) {
            target.addAll(prefix, List.copyOf(middle));
        } else if (oldEnd > prefix) {
            target.remove(prefix, oldEnd);
            target.addAll(prefix, List.copyOf(middle));
        }
    }
}
