package org.newsmark.app.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanKey;

/**
 * Curation of one document: the spans enough annotators tagged exactly are gold from the start; every
 * other group of overlapping spans is a {@link Disagreement} to settle. A curation never changes:
 * each settling step returns the next one and the {@link GoldChanges} between them, so undo is
 * keeping the previous curation and applying the inverse changes.
 *
 * <p>A gold quote is {@code said_by} the gold speaker span(s) that more of the annotators who tagged
 * that quote exactly (and attributed it) chose than any other speaker; a tie links nothing, and a
 * curator's edited span has no attribution. Gold quotes whose annotators chose differently are
 * listed by {@link #conflictingAttributions()} for a look.
 */
public final class Curation {

    private final LayeredDocument document;
    private final CurationPolicy policy;
    private final List<String> annotators;
    private final Set<SpanKey> preAccepted;
    private final List<Disagreement> disagreements;
    private final Map<Integer, Decision> decisions;
    /** For each span key, the annotators who tagged it; for each annotator, its quotes' speakers. */
    private final Map<SpanKey, Set<String>> support;
    private final Map<String, Map<SpanKey, Set<SpanKey>>> speakers;

    private Curation(LayeredDocument document, CurationPolicy policy, List<String> annotators, Set<SpanKey> preAccepted,
                     List<Disagreement> disagreements, Map<Integer, Decision> decisions,
                     Map<SpanKey, Set<String>> support, Map<String, Map<SpanKey, Set<SpanKey>>> speakers) {
        this.document = document;
        this.policy = policy;
        this.annotators = annotators;
        this.preAccepted = preAccepted;
        this.disagreements = disagreements;
        this.decisions = Collections.unmodifiableMap(new HashMap<>(decisions));
        this.support = support;
        this.speakers = speakers;
    }

    /** Aligns the layers of every annotator of the document. */
    public static Curation start(LayeredDocument document, CurationPolicy policy) {
        List<String> annotators = List.copyOf(document.annotators());
        Map<SpanKey, Set<String>> support = new TreeMap<>();
        Map<String, Map<SpanKey, Set<SpanKey>>> speakers = new HashMap<>();
        for (String a : annotators) {
            for (Span s : document.spansOf(a)) {
                support.computeIfAbsent(SpanKey.of(s), k -> new LinkedHashSet<>()).add(a);
            }
            speakers.put(a, SaidByTally.speakers(document.spansOf(a), document.relationsOf(a)));
        }
        int required = policy.required(annotators.size());
        Set<SpanKey> accepted = new TreeSet<>();
        List<Tagged> rest = new ArrayList<>();
        for (String a : annotators) {
            Set<SpanKey> seen = new java.util.HashSet<>();
            for (Span s : document.spansOf(a)) {
                SpanKey key = SpanKey.of(s);
                if (support.get(key).size() >= required) {
                    accepted.add(key);
                } else if (seen.add(key)) {
                    rest.add(new Tagged(a, s));
                }
            }
        }
        List<Disagreement> groups = group(rest, annotators, accepted, document, policy.goldAnnotator());
        return new Curation(document, policy, annotators, Collections.unmodifiableSet(accepted), groups, Map.of(),
                support, speakers);
    }

    /** A span and the layer it came from (its own annotator field may say otherwise). */
    private record Tagged(String layer, Span span) {
    }

    private static List<Disagreement> group(List<Tagged> spans, List<String> annotators, Set<SpanKey> accepted,
                                            LayeredDocument document, String goldName) {
        int n = spans.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (together(spans.get(i).span(), spans.get(j).span())) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Tagged>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(spans.get(i));
        }
        List<List<Tagged>> sorted = new ArrayList<>(members.values());
        sorted.forEach(g -> g.sort(Comparator.comparing(Tagged::span, Span.BY_POSITION)));
        sorted.sort(Comparator.comparing(g -> extentOf(g.stream().map(Tagged::span).toList())));
        List<Disagreement> out = new ArrayList<>();
        for (List<Tagged> g : sorted) {
            TextRange extent = extentOf(g.stream().map(Tagged::span).toList());
            Map<String, List<Span>> candidates = new LinkedHashMap<>();
            annotators.forEach(a -> candidates.put(a, new ArrayList<>()));
            g.forEach(t -> candidates.get(t.layer()).add(t.span()));
            List<Span> context = accepted.stream().filter(k -> k.range().overlaps(extent))
                    .map(k -> new Span(0, document.document().id(), k.range(), k.label(), goldName)).toList();
            out.add(new Disagreement(out.size(), extent, candidates, context));
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean together(Span x, Span y) {
        if (!x.range().overlaps(y.range())) {
            return false;
        }
        boolean nested = !x.range().equals(y.range()) && (x.range().contains(y.range()) || y.range().contains(x.range()));
        return x.label().equals(y.label()) || !nested;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static TextRange extentOf(List<Span> group) {
        int start = group.stream().mapToInt(Span::start).min().orElseThrow();
        int end = group.stream().mapToInt(Span::end).max().orElseThrow();
        return new TextRange(start, end);
    }

    public LayeredDocument document() {
        return document;
    }

    public CurationPolicy policy() {
        return policy;
    }

    public List<Disagreement> disagreements() {
        return disagreements;
    }

    public Optional<Decision> decision(int index) {
        check(index);
        return Optional.ofNullable(decisions.get(index));
    }

    public boolean isSettled(int index) {
        return decision(index).isPresent();
    }

    public int openCount() {
        return disagreements.size() - decisions.size();
    }

    public Optional<Disagreement> next(int index) {
        return index + 1 < disagreements.size() ? Optional.of(disagreements.get(Math.max(0, index + 1))) : Optional.empty();
    }

    public Optional<Disagreement> previous(int index) {
        return index - 1 >= 0 && index - 1 < disagreements.size() ? Optional.of(disagreements.get(index - 1)) : Optional.empty();
    }

    /** The first unsettled disagreement after {@code index} (-1: from the start). */
    public Optional<Disagreement> nextOpen(int index) {
        for (int i = Math.max(0, index + 1); i < disagreements.size(); i++) {
            if (!decisions.containsKey(i)) {
                return Optional.of(disagreements.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last unsettled disagreement before {@code index} ({@code disagreements().size()}: from the end). */
    public Optional<Disagreement> previousOpen(int index) {
        for (int i = Math.min(disagreements.size(), index) - 1; i >= 0; i--) {
            if (!decisions.containsKey(i)) {
                return Optional.of(disagreements.get(i));
            }
        }
        return Optional.empty();
    }

    public Settlement acceptSide(int index, String annotator) {
        if (!annotators.contains(annotator)) {
            throw new IllegalArgumentException("'" + annotator + "' has no layer in this document");
        }
        return settle(index, new Decision.AcceptSide(annotator));
    }

    public Settlement acceptAll(int index) {
        return settle(index, new Decision.AcceptAll());
    }

    public Settlement reject(int index) {
        return settle(index, new Decision.Reject());
    }

    public Settlement edit(int index, TextRange range, String label) {
        if (!range.fitsNonEmptyIn(document.document().length())) {
            throw new IllegalArgumentException("the edited span " + range + " does not fit the text ("
                    + document.document().length() + " characters)");
        }
        return settle(index, new Decision.Edit(range, label));
    }

    /** Takes back the decision on a disagreement (no change when it was open). */
    public Settlement reopen(int index) {
        check(index);
        Map<Integer, Decision> next = new HashMap<>(decisions);
        next.remove(index);
        return step(next);
    }

    /** Settles or re-settles a disagreement. */
    public Settlement settle(int index, Decision decision) {
        check(index);
        Map<Integer, Decision> next = new HashMap<>(decisions);
        next.put(index, decision);
        return step(next);
    }

    private Settlement step(Map<Integer, Decision> next) {
        Curation after = new Curation(document, policy, annotators, preAccepted, disagreements, next, support, speakers);
        return new Settlement(after, changes(goldKeys(), links(), after.goldKeys(), after.links()));
    }

    private void check(int index) {
        if (index < 0 || index >= disagreements.size()) {
            throw new IndexOutOfBoundsException("no disagreement " + index + " (there are " + disagreements.size() + ")");
        }
    }

    /** The gold spans now, in document order, with ids 1, 2, ... that {@link #goldRelations()} uses. */
    public List<Span> gold() {
        List<Span> out = new ArrayList<>();
        for (SpanKey key : goldKeys()) {
            out.add(new Span(out.size() + 1, document.document().id(), key.range(), key.label(), policy.goldAnnotator()));
        }
        return out;
    }

    /** The {@code said_by} relations among {@link #gold()}, ids 1, 2, ... */
    public List<Relation> goldRelations() {
        List<SpanKey> keys = new ArrayList<>(goldKeys());
        List<Relation> out = new ArrayList<>();
        for (Map.Entry<SpanKey, SpanKey> link : links()) {
            out.add(new Relation(out.size() + 1, document.document().id(), keys.indexOf(link.getKey()) + 1,
                    keys.indexOf(link.getValue()) + 1, Relation.SAID_BY));
        }
        return out;
    }

    /** Gold quotes whose annotators attributed them to different speakers (linked by majority, or not at all on a tie). */
    public List<Span> conflictingAttributions() {
        List<Span> out = new ArrayList<>();
        for (SpanKey quote : goldKeys()) {
            if (attributions(quote).size() > 1) {
                out.add(goldSpan(quote));
            }
        }
        return out;
    }

    private TreeSet<SpanKey> goldKeys() {
        TreeSet<SpanKey> keys = new TreeSet<>(preAccepted);
        decisions.forEach((index, decision) -> keys.addAll(keysOf(disagreements.get(index), decision)));
        return keys;
    }

    private List<SpanKey> keysOf(Disagreement d, Decision decision) {
        List<Span> spans;
        if (decision instanceof Decision.AcceptSide side) {
            spans = d.candidates().getOrDefault(side.annotator(), List.of());
        } else if (decision instanceof Decision.AcceptAll) {
            spans = d.candidates().values().stream().flatMap(List::stream).toList();
        } else if (decision instanceof Decision.Edit edit) {
            spans = List.of(new Span(0, 0, edit.range(), edit.label(), policy.goldAnnotator()));
        } else {
            spans = List.of();
        }
        return spans.stream().map(SpanKey::of).distinct().toList();
    }

    /** The speaker choices of the annotators who tagged this quote exactly and attributed it, with how many made each. */
    private Map<Set<SpanKey>, Integer> attributions(SpanKey quote) {
        Map<Set<SpanKey>, Integer> choices = new LinkedHashMap<>();
        for (String a : support.getOrDefault(quote, Set.of())) {
            Set<SpanKey> chosen = speakers.get(a).getOrDefault(quote, Set.of());
            if (!chosen.isEmpty()) {
                choices.merge(chosen, 1, Integer::sum);
            }
        }
        return choices;
    }

    /** Quote to speaker, both gold, the choice of more of the quote's annotators than any other; in document order. */
    private List<Map.Entry<SpanKey, SpanKey>> links() {
        TreeSet<SpanKey> gold = goldKeys();
        List<Map.Entry<SpanKey, SpanKey>> out = new ArrayList<>();
        for (SpanKey quote : gold) {
            Map<Set<SpanKey>, Integer> choices = attributions(quote);
            int most = choices.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Set<SpanKey>> winners = choices.entrySet().stream().filter(e -> e.getValue() == most)
                    .map(Map.Entry::getKey).toList();
            if (winners.size() == 1) {
                new TreeSet<>(winners.get(0)).stream().filter(gold::contains)
                        .forEach(speaker -> out.add(Map.entry(quote, speaker)));
            }
        }
        return out;
    }

    private Span goldSpan(SpanKey key) {
        return new Span(0, document.document().id(), key.range(), key.label(), policy.goldAnnotator());
    }

    private GoldChanges changes(Set<SpanKey> before, List<Map.Entry<SpanKey, SpanKey>> linksBefore,
                                Set<SpanKey> after, List<Map.Entry<SpanKey, SpanKey>> linksAfter) {
        List<Span> added = after.stream().filter(k -> !before.contains(k)).map(this::goldSpan).toList();
        List<Span> removed = before.stream().filter(k -> !after.contains(k)).map(this::goldSpan).toList();
        List<GoldChanges.Link> addedLinks = linksAfter.stream().filter(l -> !linksBefore.contains(l))
                .map(l -> new GoldChanges.Link(goldSpan(l.getKey()), goldSpan(l.getValue()))).toList();
        List<GoldChanges.Link> removedLinks = linksBefore.stream().filter(l -> !linksAfter.contains(l))
                .map(l -> new GoldChanges.Link(goldSpan(l.getKey()), goldSpan(l.getValue()))).toList();
        return new GoldChanges(added, removed, addedLinks, removedLinks);
    }
}
