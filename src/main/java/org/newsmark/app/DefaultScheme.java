package org.newsmark.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.Label;
import org.newsmark.model.LabelScheme;

/**
 * The label scheme a new database starts with, read from {@code /scheme/default-scheme.json}, and
 * the colour-blind-safe colours (Okabe-Ito and Tol) given to labels created later.
 */
public final class DefaultScheme {

    private static final String RESOURCE = "/scheme/default-scheme.json";

    private final LabelScheme scheme;
    private final List<String> spareColors;

    private DefaultScheme(LabelScheme scheme, List<String> spareColors) {
        this.scheme = scheme;
        this.spareColors = List.copyOf(spareColors);
    }

    public static DefaultScheme load() {
        try (InputStream in = DefaultScheme.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default label scheme " + RESOURCE + " is missing from the build");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Label> labels = new ArrayList<>();
            for (JsonNode node : root.path("labels")) {
                labels.add(Label.of(node.path("name").asText(), node.path("color").asText(),
                        node.path("hotkey").asText(""), labels.size()));
            }
            List<String> types = new ArrayList<>();
            root.path("relationTypes").forEach(t -> types.add(t.asText()));
            List<String> spare = new ArrayList<>();
            root.path("spareColors").forEach(c -> spare.add(c.asText()));
            return new DefaultScheme(new LabelScheme(labels, types), spare);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public LabelScheme scheme() {
        return scheme;
    }

    /** A colour for the n-th label (0-based) of a scheme, cycling through the safe palette. */
    public String colorFor(int index) {
        List<String> all = new ArrayList<>(scheme.labels().stream().map(Label::color).toList());
        all.addAll(spareColors);
        return all.get(Math.floorMod(index, all.size()));
    }
}
