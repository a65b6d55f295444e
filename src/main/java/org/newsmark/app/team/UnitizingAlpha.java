package org.newsmark.app.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationUnit;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Krippendorff's unitizing alpha (α_u, Krippendorff 1995, 2004) per label over characters, by DKPro
 * Statistics. The documents every annotator worked on are laid end to end as one continuum. α_u
 * wants the units of one annotator and one label not to overlap, so overlapping spans of one
 * annotator and label are joined into the characters they cover together.
 */
final class UnitizingAlpha {

    private final int raters;
    /** label to the units: offset, length, rater, three longs a unit. */
    private final Map<String, long[]> units = new LinkedHashMap<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private long continuum;

    UnitizingAlpha(int raters) {
        this.raters = raters;
    }

    /** Adds one document; {@code layers.get(r)} holds rater {@code r}'s spans. */
    void add(int textLength, List<List<Span>> layers) {
        for (int r = 0; r < layers.size(); r++) {
            Map<String, List<TextRange>> byLabel = new LinkedHashMap<>();
            for (Span s : layers.get(r)) {
                if (!s.range().isEmpty()) {
                    byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s.range());
                }
            }
            int rater = r;
            byLabel.forEach((label, ranges) -> joined(ranges).forEach(range -> unit(label, range, rater)));
        }
        continuum += textLength;
    }

    private void unit(String label, TextRange range, int rater) {
        int size = sizes.getOrDefault(label, 0);
        long[] array = units.computeIfAbsent(label, k -> new long[48]);
        if (size * 3 + 3 > array.length) {
            array = Arrays.copyOf(array, array.length * 2);
            units.put(label, array);
        }
        array[size * 3] = continuum + range.start();
        array[size * 3 + 1] = range.length();
        array[size * 3 + 2] = rater;
        sizes.put(label, size + 1);
    }

    private static List<TextRange> joined(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(TextRange::start));
        List<TextRange> out = new ArrayList<>();
        for (TextRange r : sorted) {
            TextRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.start() < last.end()) {
                out.set(out.size() - 1, new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** α_u of one label; NaN when fewer than two raters, no text, or no annotator used the label. */
    double alpha(String label) {
        int size = sizes.getOrDefault(label, 0);
        if (raters < 2 || continuum == 0 || size == 0) {
            return Double.NaN;
        }
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, continuum);
        long[] array = units.get(label);
        for (int i = 0; i < size; i++) {
            study.addUnit(array[i * 3], array[i * 3 + 1], (int) array[i * 3 + 2], label);
        }
        return new Alpha(study).calculateCategoryAgreement(label);
    }

    /**
     * DKPro's α_u with its expected disagreement summed in O(n log n) instead of O(units × gaps):
     * the same formula (Krippendorff 2004, 12.5.1), but the inner sum over the gaps at least as long
     * as a unit comes from suffix sums over the sorted gaps. A whole corpus is one continuum, so the
     * quadratic original took hours on 10,000 documents; a test checks both give the same values.
     */
    static final class Alpha extends KrippendorffAlphaUnitizingAgreement {

        Alpha(IUnitizingAnnotationStudy study) {
            super(study);
        }

        @Override
        protected double calculateExpectedCategoryDisagreement(Object category) {
            long begin = study.getContinuumBegin();
            long length = study.getContinuumLength();
            int raters = study.getRaterCount();
            long[] lengths = new long[study.getUnitCount()];
            int count = 0;
            double squaredLengths = 0;
            long[] gaps = new long[study.getUnitCount() + raters];
            int gapCount = 0;
            long[] lastEnd = new long[raters];
            Arrays.fill(lastEnd, begin);
            for (IUnitizingAnnotationUnit unit : study.getUnits()) { // sorted by offset
                if (!category.equals(unit.getCategory())) {
                    continue;
                }
                long l = unit.getLength();
                lengths[count++] = l;
                squaredLengths += (double) l * (l - 1);
                int r = unit.getRaterIdx();
                if (unit.getOffset() > lastEnd[r]) {
                    gaps[gapCount++] = unit.getOffset() - lastEnd[r];
                }
                lastEnd[r] = unit.getOffset() + l;
            }
            for (int r = 0; r < raters; r++) {
                if (begin + length > lastEnd[r]) {
                    gaps[gapCount++] = begin + length - lastEnd[r];
                }
            }
            long[] sortedGaps = Arrays.copyOf(gaps, gapCount);
            Arrays.sort(sortedGaps);
            double[] suffixSum = new double[gapCount + 1];
            for (int i = gapCount - 1; i >= 0; i--) {
                suffixSum[i] = suffixSum[i + 1] + sortedGaps[i];
            }
            double sum = 0;
            for (int i = 0; i < count; i++) {
                double l = lengths[i];
                double withinUnits = (count - 1.0) * (2 * l * l * l - 3 * l * l + l) / 3.0;
                int from = firstAtLeast(sortedGaps, lengths[i]);
                double fitting = gapCount - from;
                double withinGaps = (suffixSum[from] - fitting * (l - 1)) * l * l;
                sum += withinUnits + withinGaps;
            }
            double all = (double) raters * length;
            return sum * 2.0 / length / (all * (all - 1) - squaredLengths);
        }

        private static int firstAtLeast(long[] sorted, long value) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
