package org.newsmark.suggest;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Suggestions held in columns of primitives, one row per suggestion, with labels, recommenders and
 * reasons as indices into one table of strings. A long article has hundreds of thousands of
 * suggestions; as objects (a suggestion, its key, its range) they filled the young generation, and a
 * collection copying them stopped the FX thread for up to 100 ms while the analyst typed. A few large
 * arrays are not copied. {@link #get} makes a suggestion object on demand, which dies young.
 */
public final class SpanSuggestionList extends AbstractList<SpanSuggestion> implements RandomAccess {

    private static final SpanSuggestionList EMPTY = new Builder(0).build();

    private final String[] strings;
    private final int[] starts;
    private final int[] ends;
    private final int[] labels;
    private final double[] scores;
    private final int[] recommenders;
    private final int[] reasons;
    private final int size;

    private SpanSuggestionList(Builder b) {
        strings = new String[b.strings.size()];
        b.strings.forEach((text, index) -> strings[index] = text);
        size = b.size;
        // the builder's arrays as they are, room to spare included: trimming would copy them all once more
        starts = b.starts;
        ends = b.ends;
        labels = b.labels;
        scores = b.scores;
        recommenders = b.recommenders;
        reasons = b.reasons;
    }

    public static SpanSuggestionList empty() {
        return EMPTY;
    }

    /** {@code suggestions} in their order: the list itself when it is one of these already. */
    public static SpanSuggestionList copyOf(List<SpanSuggestion> suggestions) {
        if (suggestions instanceof SpanSuggestionList list) {
            return list;
        }
        Builder b = new Builder(suggestions.size());
        suggestions.forEach(b::add);
        return b.build();
    }

    @Override
    public SpanSuggestion get(int index) {
        Objects.checkIndex(index, size);
        return SpanSuggestion.of(label(index), starts[index], ends[index], scores[index], recommender(index),
                reason(index));
    }

    @Override
    public int size() {
        return size;
    }

    public int start(int index) {
        return starts[Objects.checkIndex(index, size)];
    }

    public int end(int index) {
        return ends[Objects.checkIndex(index, size)];
    }

    public String label(int index) {
        return strings[labels[Objects.checkIndex(index, size)]];
    }

    public double score(int index) {
        return scores[Objects.checkIndex(index, size)];
    }

    public String recommender(int index) {
        return strings[recommenders[Objects.checkIndex(index, size)]];
    }

    public String reason(int index) {
        return strings[reasons[Objects.checkIndex(index, size)]];
    }

    /** Compares row {@code index} with a key, in {@link SpanKey}'s order (start, the longer first, label). */
    public int compareKey(int index, String label, int start, int end) {
        int c = Integer.compare(start(index), start);
        if (c == 0) {
            c = Integer.compare(end, ends[index]);
        }
        return c != 0 ? c : label(index).compareTo(label);
    }

    /** Adds rows and makes the list; strings repeat across rows and are stored once. */
    public static final class Builder {

        private final Map<String, Integer> strings = new HashMap<>();
        private int[] starts;
        private int[] ends;
        private int[] labels;
        private double[] scores;
        private int[] recommenders;
        private int[] reasons;
        private int size;

        public Builder() {
            this(16);
        }

        public Builder(int expected) {
            int capacity = Math.max(expected, 1);
            starts = new int[capacity];
            ends = new int[capacity];
            labels = new int[capacity];
            scores = new double[capacity];
            recommenders = new int[capacity];
            reasons = new int[capacity];
        }

        public Builder add(String label, int start, int end, double score, String recommender, String reason) {
            // the checks a suggestion makes, without making one
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be in [0, 1]: " + score);
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
            }
            if (size == starts.length) {
                grow();
            }
            starts[size] = start;
            ends[size] = end;
            labels[size] = indexOf(Objects.requireNonNull(label, "label"));
            scores[size] = score;
            recommenders[size] = indexOf(Objects.requireNonNull(recommender, "recommender"));
            reasons[size] = indexOf(Objects.requireNonNull(reason, "reason"));
            size++;
            return this;
        }

        public Builder add(SpanSuggestion s) {
            return add(s.label(), s.range().start(), s.range().end(), s.score(), s.recommender(), s.reason());
        }

        /** Adds every row of {@code suggestions}, without a suggestion object per row when it is one of these lists. */
        public Builder addAll(List<SpanSuggestion> suggestions) {
            if (suggestions instanceof SpanSuggestionList list) {
                ensureCapacity(size + list.size);
                int[] mine = new int[list.strings.length];
                for (int s = 0; s < mine.length; s++) {
                    mine[s] = indexOf(list.strings[s]);
                }
                for (int i = 0; i < list.size; i++) {
                    starts[size] = list.starts[i];
                    ends[size] = list.ends[i];
                    labels[size] = mine[list.labels[i]];
                    scores[size] = list.scores[i];
                    recommenders[size] = mine[list.recommenders[i]];
                    reasons[size] = mine[list.reasons[i]];
                    size++;
                }
            } else {
                suggestions.forEach(this::add);
            }
            return this;
        }

        public int size() {
            return size;
        }

        /** The list of the rows added; the builder is not to be used after. */
        public SpanSuggestionList build() {
            SpanSuggestionList built = new SpanSuggestionList(this);
            starts = null;
            return built;
        }

        private int indexOf(String s) {
            Integer known = strings.get(s);
            if (known != null) {
                return known;
            }
            int index = strings.size();
            strings.put(s, index);
            return index;
        }

        private void grow() {
            ensureCapacity(starts.length * 2);
        }

        private void ensureCapacity(int capacity) {
            if (capacity <= starts.length) {
                return;
            }
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            labels = Arrays.copyOf(labels, capacity);
            scores = Arrays.copyOf(scores, capacity);
            recommenders = Arrays.copyOf(recommenders, capacity);
            reasons = Arrays.copyOf(reasons, capacity);
        }
    }
}
