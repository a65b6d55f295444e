package org.newsmark.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.TextRange;

/** The hand-annotated evaluation articles in {@code /eval/wikinews-gold.jsonl} (doccano relation shape). */
public final class GoldSet {

    /** One gold document. */
    public record GoldDocument(String name, String source, String split, String text, Evaluator.Annotation gold) {
    }

    private GoldSet() {
    }

    public static List<GoldDocument> load() {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GoldSet.class.getResourceAsStream("/eval/wikinews-gold.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(parse(json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<GoldDocument> split(String split) {
        return load().stream().filter(d -> d.split().equals(split)).toList();
    }

    private static GoldDocument parse(JsonNode n) {
        Map<Long, SpanKey> byId = new HashMap<>();
        List<SpanKey> spans = new ArrayList<>();
        for (JsonNode e : n.get("entities")) {
            SpanKey k = new SpanKey(e.get("label").asText(),
                    new TextRange(e.get("start_offset").asInt(), e.get("end_offset").asInt()));
            byId.put(e.get("id").asLong(), k);
            spans.add(k);
        }
        List<Evaluator.Link> links = new ArrayList<>();
        for (JsonNode r : n.get("relations")) {
            links.add(new Evaluator.Link(byId.get(r.get("from_id").asLong()), byId.get(r.get("to_id").asLong())));
        }
        return new GoldDocument(n.get("name").asText(), n.get("source").asText(), n.get("split").asText(),
                n.get("text").asText(), new Evaluator.Annotation(spans, links));
    }

    /** Runs the engine over documents and adds the reports up. */
    public static Evaluator.Report evaluate(SuggestionEngine engine, List<GoldDocument> docs) {
        Evaluator.Report total = Evaluator.Report.empty();
        for (GoldDocument d : docs) {
            Suggestions s = engine.suggest(SuggestionContext.of(d.text()));
            total = total.plus(Evaluator.compare(d.text(), Evaluator.Annotation.of(s), d.gold()));
        }
        return total;
    }
}
