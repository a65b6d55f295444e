package org.newsmark.ui.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.paint.Color;
import org.newsmark.app.TeamLayers;
import org.newsmark.app.Workspace;
import org.newsmark.model.Annotator;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.ui.article.highlight.Proposal;

/**
 * The other annotators' layers of the open document (and {@value Annotator#GOLD}), shown read-only
 * beside the analyst's own: which there are, which are shown (off by default; the choice holds for
 * the window's run, across documents), their spans and colours. Read on {@code background}, published
 * on {@code fx}; a load answered after another was asked is dropped.
 */
public final class OtherLayers {

    /**
     * Paul Tol's muted scheme, colour-blind safe and apart from the labels' Okabe–Ito colours; the
     * light theme takes its darker members, the dark theme its lighter ones, so outlines keep contrast.
     */
    private static final List<Color> ON_LIGHT = List.of("#332288", "#882255", "#117733", "#999933", "#AA4499", "#44AA99",
            "#CC6677", "#555555").stream().map(Color::web).toList();
    private static final List<Color> ON_DARK = List.of("#88CCEE", "#DDCC77", "#CC6677", "#44AA99", "#AA4499", "#999933",
            "#117733", "#DDDDDD").stream().map(Color::web).toList();

    private final Workspace workspace;
    private final TeamLayers layers;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<String> annotators = FXCollections.observableArrayList();
    private final ObservableSet<String> shown = FXCollections.observableSet(new TreeSet<>());
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    /** Every annotator met this run, in order of meeting (gold first): an annotator keeps their colour across documents. */
    private final List<String> met = new ArrayList<>(List.of(Annotator.GOLD));
    private Map<String, List<Span>> spans = Map.of();
    private Optional<Long> document = Optional.empty();
    private long asked;

    public OtherLayers(Workspace workspace, Executor background, Executor fx) {
        this.workspace = workspace;
        this.layers = new TeamLayers(workspace);
        this.background = background;
        this.fx = fx;
        shown.addListener((javafx.collections.SetChangeListener<String>) c -> revision.set(revision.get() + 1));
    }

    /** The layers of the document to show (empty: none open); reads them off the screen's thread. */
    public CompletableFuture<Void> load(Optional<Long> documentId) {
        long ticket = ++asked;
        document = documentId;
        String own = workspace.annotator().name();
        return CompletableFuture.supplyAsync(() -> documentId.map(layers::spans).orElse(Map.<String, List<Span>>of()), background)
                .handleAsync((read, failure) -> {
                    if (ticket != asked) {
                        return null;
                    }
                    Map<String, List<Span>> others = new TreeMap<>(failure == null ? read : Map.of());
                    others.remove(own);
                    Set<String> names = new TreeSet<>(others.keySet());
                    if (!own.equals(Annotator.GOLD)) {
                        names.add(Annotator.GOLD);
                    }
                    names.stream().filter(n -> !met.contains(n)).forEach(met::add);
                    spans = others;
                    List<String> ordered = new ArrayList<>();
                    if (names.remove(Annotator.GOLD)) {
                        ordered.add(Annotator.GOLD);
                    }
                    ordered.addAll(names);
                    if (!ordered.equals(annotators)) {
                        annotators.setAll(ordered);
                    }
                    revision.set(revision.get() + 1);
                    return null;
                }, fx);
    }

    /** Reads the open document's layers again (after a merge or a curation). */
    public CompletableFuture<Void> reload() {
        return load(document);
    }

    /** The other annotators of the open document, gold first, then by name. */
    public ObservableList<String> annotators() {
        return annotators;
    }

    /** The annotators whose layers are drawn. */
    public ObservableSet<String> shown() {
        return shown;
    }

    /** Counts every change of what is drawn. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Color colour(String annotator, boolean dark) {
        List<Color> palette = dark ? ON_DARK : ON_LIGHT;
        int at = met.indexOf(annotator);
        return palette.get(Math.floorMod(at < 0 ? annotator.hashCode() : at, palette.size()));
    }

    /**
     * How wide an annotator's outlines are: the first layer shown widest, each next one 2.5 px narrower,
     * so that outlines of several layers over the same text nest instead of hiding each other.
     */
    public double strokeWidth(String annotator) {
        List<String> drawn = annotators.stream().filter(shown::contains).toList();
        int at = drawn.indexOf(annotator);
        return 2.0 + 2.5 * (at < 0 ? 0 : drawn.size() - 1 - at);
    }

    /** The outlines of the shown layers overlapping {@code region}; an outline's "label" is its annotator. */
    public List<Proposal> outlinesIn(TextRange region) {
        List<Proposal> out = new ArrayList<>();
        for (String name : annotators) {
            if (shown.contains(name)) {
                for (Span s : spans.getOrDefault(name, List.of())) {
                    if (s.start() < region.end() && s.end() > region.start()) {
                        out.add(new Proposal(s.range(), name));
                    }
                }
            }
        }
        return out;
    }

    /** What the shown layers say at a character: "ana: speaker" lines. */
    public List<String> labelsAt(int index) {
        List<String> out = new ArrayList<>();
        for (String name : annotators) {
            if (shown.contains(name)) {
                spans.getOrDefault(name, List.of()).stream().filter(s -> s.start() <= index && index < s.end())
                        .forEach(s -> out.add(name + ": " + s.label()));
            }
        }
        return out;
    }
}
