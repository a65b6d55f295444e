package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list kept in one order that can be brought to a new content in that order as one
 * change made of exactly the rows that differ: tag all adds 1,000 spans scattered over a list of
 * 20,000 as 1,000 added rows in one change, where {@link ListPatch} (common prefix and suffix) would
 * replace almost every row between the first and the last hit, and the table and its selection would
 * work through all of them.
 */
final class OrderedList<T> extends ModifiableObservableListBase<T> {

    private List<T> items = new ArrayList<>();

    /**
     * Makes this list equal to {@code content}; both must be sorted by {@code order}. Rows equal in
     * both stay; a row whose position in the order is taken by a different element is replaced.
     */
    void patch(List<? extends T> content, Comparator<? super T> order) {
        List<T> next = new ArrayList<>(content.size());
        beginChange();
        try {
            int old = 0;
            int now = 0;
            while (old < items.size() || now < content.size()) {
                T before = old < items.size() ? items.get(old) : null;
                T after = now < content.size() ? content.get(now) : null;
                if (before != null && after != null && before.equals(after)) {
                    next.add(after);
                    old++;
                    now++;
                    continue;
                }
                int c = before == null ? 1 : after == null ? -1 : order.compare(before, after);
                if (c < 0) {
                    nextRemove(next.size(), before);
                    old++;
                } else if (c > 0) {
                    next.add(after);
                    nextAdd(next.size() - 1, next.size());
                    now++;
                } else {
                    next.add(after);
                    nextSet(next.size() - 1, before);
                    old++;
                    now++;
                }
            }
            items = next;
        } finally {
            endChange();
        }
    }

    @Override
    public boolean setAll(Collection<? extends T> content) {
        beginChange();
        try {
            List<T> removed = items;
            items = new ArrayList<>(content);
            if (!removed.isEmpty()) {
                nextRemove(0, removed);
            }
            if (!items.isEmpty()) {
                nextAdd(0, items.size());
            }
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    protected void removeRange(int from, int to) {
        if (from == to) {
            return;
        }
        beginChange();
        try {
            List<T> gone = items.subList(from, to);
            nextRemove(from, new ArrayList<>(gone));
            gone.clear();
        } finally {
            endChange();
        }
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, T element) {
        items.add(index, element);
    }

    @Override
    protected T doSet(int index, T element) {
        return items.set(index, element);
    }

    @Override
    protected T doRemove(int index) {
        return items.remove(index);
    }
}
