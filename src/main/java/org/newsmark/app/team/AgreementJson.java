package org.newsmark.app.team;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * An {@link AgreementReport} as JSON:
 * <pre>{"pairs":[{"a":"ann","b":"bob","labels":{"place":{"f1_exact":…,"f1_overlap":…,"kappa":…}},"said_by":…}],
 *  "alpha_u":{"place":…},"fleiss_kappa":{"place":…},"documents":N}</pre>
 * {@code documents} is the number of documents; an undefined figure is {@code null}. The documents
 * themselves, most disagreement first, are a separate array ({@link #documents}).
 */
public final class AgreementJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AgreementJson() {
    }

    public static String summary(AgreementReport report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode pairs = root.putArray("pairs");
        for (PairAgreement p : report.pairs()) {
            ObjectNode pair = pairs.addObject();
            pair.put("a", p.a());
            pair.put("b", p.b());
            ObjectNode labels = pair.putObject("labels");
            p.labels().forEach((label, l) -> {
                ObjectNode figures = labels.putObject(label);
                number(figures, "f1_exact", l.f1Exact());
                number(figures, "f1_overlap", l.f1Overlap());
                number(figures, "kappa", l.kappa());
            });
            number(pair, "said_by", p.saidBy());
        }
        perLabel(root.putObject("alpha_u"), report.alphaU());
        perLabel(root.putObject("fleiss_kappa"), report.fleissKappa());
        root.put("documents", report.documents().size());
        return write(root);
    }

    /** {@code [{"id":…,"name":"…","pairs":…,"f1_exact":…,"disagreement":…}]}, most disagreement first. */
    public static String documents(AgreementReport report) {
        ArrayNode docs = JSON.createArrayNode();
        for (DocumentAgreement d : report.byDisagreement()) {
            ObjectNode doc = docs.addObject();
            doc.put("id", d.documentId());
            doc.put("name", d.name());
            doc.put("pairs", d.pairs());
            number(doc, "f1_exact", d.meanF1Exact());
            number(doc, "disagreement", d.disagreement());
        }
        return write(docs);
    }

    private static void perLabel(ObjectNode node, Map<String, Double> values) {
        values.forEach((label, v) -> number(node, label, v));
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("numbers and names are always writable as JSON", e);
        }
    }
}
