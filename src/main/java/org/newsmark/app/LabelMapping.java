package org.newsmark.app;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses label renames written {@code PER=speaker,LOC=place}. */
public final class LabelMapping {

    private static final Pattern NAME = Pattern.compile("[^\\s=,]+");

    private LabelMapping() {
    }

    /** The labels {@code map} renames that are not among {@code labelsMet}, sorted. */
    public static List<String> unused(Map<String, String> map, Collection<String> labelsMet) {
        Set<String> met = new HashSet<>(labelsMet);
        return map.keySet().stream().filter(label -> !met.contains(label)).sorted().toList();
    }

    /** @throws IllegalArgumentException naming the entry that is not {@code FROM=to} */
    public static Map<String, String> parse(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", -1);
            if (parts.length != 2 || !NAME.matcher(parts[0].strip()).matches() || !NAME.matcher(parts[1].strip()).matches()) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not FROM=to (label names have no spaces)");
            }
            String from = parts[0].strip();
            if (map.put(from, parts[1].strip()) != null) {
                throw new IllegalArgumentException("label '" + from + "' is mapped twice");
            }
        }
        return map;
    }
}
