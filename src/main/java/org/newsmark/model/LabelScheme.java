package org.newsmark.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The labels of a database in bar order, and the relation types analysts may draw. */
public record LabelScheme(List<Label> labels, List<String> relationTypes) {

    public LabelScheme {
        labels = labels.stream().sorted(Comparator.comparingInt(Label::position)).toList();
        relationTypes = List.copyOf(relationTypes);
    }

    public Optional<Label> byName(String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public Optional<Label> byHotkey(String key) {
        return labels.stream().filter(l -> l.hotkey().equalsIgnoreCase(key)).findFirst();
    }

    public List<String> names() {
        return labels.stream().map(Label::name).toList();
    }
}
