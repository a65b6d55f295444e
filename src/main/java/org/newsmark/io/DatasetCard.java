package org.newsmark.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes {@code DATASET.md}, the card that travels with an export: what is in it (documents,
 * annotators, labels with counts), how far the annotators agreed per label, and how it was exported.
 * Pure: a {@link Contents} in, UTF-8 Markdown out.
 */
public final class DatasetCard {

    /** Who annotated how much. */
    public record Annotator(String name, int documents, int spans) {
        public Annotator {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A label and how many spans carry it in the export. */
    public record LabelCount(String label, int spans) {
        public LabelCount {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Agreement on one label, means over the pairs of annotators (NaN: not measured).
     *
     * @param kappa  Cohen's kappa over tokens (mean over pairs)
     * @param alphaU Krippendorff's unitizing alpha over characters
     */
    public record LabelAgreement(String label, double f1Exact, double f1Overlap, double kappa, double alphaU) {
        public LabelAgreement {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Everything the card says.
     *
     * @param title      the heading
     * @param documents  how many documents the export holds
     * @param agreement  per label; empty when only one annotator worked on the corpus
     * @param saidBy     share of shared quotes attributed to the same speaker (NaN: not measured)
     * @param format     the export format's name, e.g. {@code doccano-rel}
     * @param status     the status filter of the export, if any
     * @param layer      which annotator's layer of each document the export holds, in words, if said
     */
    public record Contents(String title, int documents, List<Annotator> annotators, List<LabelCount> labels,
                           List<LabelAgreement> agreement, double saidBy, String format, ExportOptions options,
                           Optional<String> status, Optional<String> layer) {
        public Contents {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(layer, "layer");
            annotators = List.copyOf(annotators);
            labels = List.copyOf(labels);
            agreement = List.copyOf(agreement);
        }

        /** Without a word on the layer. */
        public Contents(String title, int documents, List<Annotator> annotators, List<LabelCount> labels,
                        List<LabelAgreement> agreement, double saidBy, String format, ExportOptions options,
                        Optional<String> status) {
            this(title, documents, annotators, labels, agreement, saidBy, format, options, status, Optional.empty());
        }
    }

    private DatasetCard() {
    }

    public static byte[] write(Contents c) {
        return markdown(c).getBytes(StandardCharsets.UTF_8);
    }

    public static String markdown(Contents c) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(c.title())).append("\n\n");
        md.append(c.documents()).append(c.documents() == 1 ? " document" : " documents").append(", ")
                .append(c.labels().stream().mapToLong(LabelCount::spans).sum()).append(" spans.\n\n");

        md.append("## Annotators\n\n| annotator | documents | spans |\n|---|---:|---:|\n");
        c.annotators().forEach(a -> md.append("| ").append(cell(a.name())).append(" | ").append(a.documents())
                .append(" | ").append(a.spans()).append(" |\n"));

        md.append("\n## Labels\n\n| label | spans |\n|---|---:|\n");
        c.labels().forEach(l -> md.append("| ").append(cell(l.label())).append(" | ").append(l.spans()).append(" |\n"));

        md.append("\n## Agreement\n\n");
        if (c.agreement().isEmpty()) {
            md.append("Not measured: one annotator per document.\n");
        } else {
            md.append("Means over every pair of annotators on the documents both annotated. F1 compares spans "
                    + "(exact: same boundaries; overlap: any shared character), Cohen's kappa compares tokens "
                    + "inside or outside the label, Krippendorff's unitizing alpha compares characters.\n\n");
            md.append("| label | F1 exact | F1 overlap | Cohen's kappa | alpha_u |\n|---|---:|---:|---:|---:|\n");
            c.agreement().forEach(a -> md.append("| ").append(cell(a.label())).append(" | ")
                    .append(number(a.f1Exact())).append(" | ").append(number(a.f1Overlap())).append(" | ")
                    .append(number(a.kappa())).append(" | ").append(number(a.alphaU())).append(" |\n"));
            md.append("\nsaid_by: ").append(number(c.saidBy()))
                    .append(" of the quotes both annotators tagged alike have the same speaker.\n");
        }

        ExportOptions o = c.options();
        md.append("\n## Export\n\n");
        md.append("- format: ").append(inline(c.format())).append('\n');
        md.append("- offsets: ").append(o.offsets() == OffsetUnit.UTF16 ? "UTF-16 code units" : "Unicode code points")
                .append(" (").append(o.offsets().code()).append(")\n");
        md.append("- labels: ").append(o.labels().isEmpty() ? "all" : inline(String.join(", ", new TreeSet<>(o.labels()))))
                .append('\n');
        md.append("- overlapping spans, where the format cannot hold them: ")
                .append(o.nested().name().toLowerCase(Locale.ROOT)).append(" span kept\n");
        md.append("- documents: ").append(c.status().map(s -> "status " + inline(s)).orElse("all")).append('\n');
        c.layer().ifPresent(l -> md.append("- layer: ").append(inline(l)).append('\n'));
        return md.toString();
    }

    /** Three decimals, the same in every locale; "n/a" where a figure was not measured. */
    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Text on one line, Markdown's table and emphasis characters escaped. */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.replaceAll("\\s+", " ").strip().toCharArray()) {
            if ("\\`*_[]#<>|".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.isBlank() ? "(none)" : inline(text);
    }
}
