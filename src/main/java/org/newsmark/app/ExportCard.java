package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.io.AtomicOutput;
import org.newsmark.io.DatasetCard;
import org.newsmark.io.ExportReport;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Span;

/**
 * The dataset card ({@value #FILE_NAME}) of one export: counts what the export reads as it goes
 * ({@link #count}), then measures agreement over the exported documents and writes the card beside
 * the export, or inside a brat folder, through {@link AtomicOutput}.
 */
final class ExportCard {

    static final String FILE_NAME = "DATASET.md";

    private final ExportRequest request;
    private final Map<String, Integer> labels = new HashMap<>();
    /** annotator to {documents, spans} over the exported documents, every layer they hold. */
    private final Map<String, int[]> annotators = new TreeMap<>();
    private final List<Long> documents = new ArrayList<>();

    ExportCard(ExportRequest request) {
        this.request = request;
    }

    /** Where the card of an export to {@code out} goes; empty where it cannot (an export named like the card). */
    static Optional<Path> path(Path out, ExportRequest request) {
        if (request.format().writesFolder()) {
            return Optional.of(out.resolve(FILE_NAME));
        }
        Path name = out.toAbsolutePath().normalize().getFileName();
        if (name == null || name.toString().equalsIgnoreCase(FILE_NAME)) {
            return Optional.empty();
        }
        return Optional.of(out.toAbsolutePath().normalize().resolveSibling(FILE_NAME));
    }

    /** Counts one document: every layer it holds ({@code all}) and the layer written ({@code written}). */
    void count(AnnotatedDocument all, AnnotatedDocument written) {
        documents.add(all.document().id());
        Map<String, Integer> perLayer = new HashMap<>();
        for (Span s : all.spans()) {
            if (request.options().exportsLabel(s.label())) {
                perLayer.merge(s.annotator(), 1, Integer::sum);
            }
        }
        perLayer.forEach((annotator, spans) -> {
            int[] tally = annotators.computeIfAbsent(annotator, k -> new int[2]);
            tally[0]++;
            tally[1] += spans;
        });
        for (Span s : written.spans()) {
            if (request.options().exportsLabel(s.label())) {
                labels.merge(s.label(), 1, Integer::sum);
            }
        }
    }

    /** Measures agreement over the exported documents and writes the card to {@code card}, whole or not at all. */
    void write(Workspace workspace, Path out, Path card, ExportReport report) throws IOException {
        byte[] bytes = DatasetCard.write(contents(workspace, out, report));
        try (AtomicOutput output = AtomicOutput.file(card)) {
            Files.write(output.path(), bytes);
            output.commit();
        }
    }

    DatasetCard.Contents contents(Workspace workspace, Path out, ExportReport report) {
        List<DatasetCard.Annotator> who = new ArrayList<>();
        annotators.forEach((name, tally) -> who.add(new DatasetCard.Annotator(name, tally[0], tally[1])));
        List<DatasetCard.LabelCount> counts = new ArrayList<>();
        workspace.scheme().names().stream().filter(labels::containsKey)
                .forEach(l -> counts.add(new DatasetCard.LabelCount(l, labels.get(l))));
        new TreeMap<>(labels).forEach((l, n) -> {
            if (counts.stream().noneMatch(c -> c.label().equals(l))) {
                counts.add(new DatasetCard.LabelCount(l, n));
            }
        });
        List<DatasetCard.LabelAgreement> agreement = new ArrayList<>();
        double saidBy = Double.NaN;
        CorpusAgreement corpus = new CorpusAgreement(workspace);
        List<String> compared = corpus.annotators();
        if (compared.size() >= 2 && compared.size() <= CorpusAgreement.MAX_ANNOTATORS) {
            List<String> reported = request.options().labels().stream().sorted().toList();
            AgreementReport measured = corpus.measure(compared, reported, Optional.of(documents));
            if (!measured.documents().isEmpty()) {
                measured.summary().forEach(l -> agreement.add(new DatasetCard.LabelAgreement(l.label(), l.f1Exact(),
                        l.f1Overlap(), l.kappa(), l.alphaU())));
                saidBy = measured.meanSaidBy();
            }
        }
        String layer = request.layer().map(l -> "the layer " + l + " of every document")
                .orElse("per document " + Annotator.GOLD + " where it has one, else " + workspace.annotator().name()
                        + "'s, else " + Annotator.DEFAULT + "'s, else its only layer");
        return new DatasetCard.Contents(title(out), report.documents(), who, counts, agreement, saidBy,
                request.format().code(), request.options(), request.status().map(s -> s.code()), Optional.of(layer));
    }

    private static String title(Path out) {
        Path name = out.toAbsolutePath().normalize().getFileName();
        return String.format(Locale.ROOT, "Dataset %s", name == null ? out.toString() : name.toString());
    }
}
