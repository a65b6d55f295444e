package org.newsmark.app.team;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a team over a corpus. Pairwise figures use the documents both annotators worked on;
 * Fleiss' kappa, α_u and the token shares use the documents every annotator worked on.
 *
 * @param annotators  in the order given
 * @param labels      the labels reported, in order
 * @param pairs       every pair of annotators, in annotator order
 * @param alphaU      label to Krippendorff's unitizing alpha over characters (NaN when undefined)
 * @param fleissKappa label to Fleiss' kappa over tokens, all annotators at once (NaN when undefined)
 * @param tokenShare  label to the share of all token codings that were "inside a span of the label"
 * @param documents   per document, in the order added
 */
public record AgreementReport(List<String> annotators, List<String> labels, List<PairAgreement> pairs,
                              Map<String, Double> alphaU, Map<String, Double> fleissKappa,
                              Map<String, Double> tokenShare, List<DocumentAgreement> documents) {

    public AgreementReport {
        annotators = List.copyOf(annotators);
        labels = List.copyOf(labels);
        pairs = List.copyOf(pairs);
        alphaU = ordered(alphaU);
        fleissKappa = ordered(fleissKappa);
        tokenShare = ordered(tokenShare);
        documents = List.copyOf(documents);
    }

    /** The documents, most disagreement first. */
    public List<DocumentAgreement> byDisagreement() {
        return documents.stream().sorted(DocumentAgreement.MOST_DISAGREEMENT_FIRST).toList();
    }

    /** The pair of two annotators, in either order. */
    public java.util.Optional<PairAgreement> pair(String x, String y) {
        return pairs.stream().filter(p -> p.a().equals(x) && p.b().equals(y) || p.a().equals(y) && p.b().equals(x))
                .findFirst();
    }

    /** Per label, in order: pairwise figures averaged over the pairs, then Fleiss' kappa and α_u. */
    public List<LabelSummary> summary() {
        return labels.stream().map(label -> new LabelSummary(label,
                mean(p -> p.labels().get(label).f1Exact()),
                mean(p -> p.labels().get(label).f1Overlap()),
                mean(p -> p.labels().get(label).kappa()),
                fleissKappa.getOrDefault(label, Double.NaN),
                alphaU.getOrDefault(label, Double.NaN))).toList();
    }

    /** The {@code said_by} agreement averaged over the pairs that have one; NaN when none has. */
    public double meanSaidBy() {
        return mean(PairAgreement::saidBy);
    }

    private double mean(java.util.function.ToDoubleFunction<PairAgreement> figure) {
        return pairs.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static Map<String, Double> ordered(Map<String, Double> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
