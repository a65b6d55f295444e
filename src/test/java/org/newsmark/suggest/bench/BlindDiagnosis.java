package org.newsmark.suggest.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Evaluator;
import org.newsmark.suggest.Gazetteer;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.GoldSet;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.PlaceRecommender;
import org.newsmark.suggest.gazetteer.PlaceEvidence;
import org.newsmark.suggest.gazetteer.PlaceName;
import org.newsmark.suggest.Suggestions;
import org.newsmark.suggest.gazetteer.WorldGazetteer;

/**
 * Developer tool for a held-out part: why spans are missed or false, as counts per cause only, so that the part's
 * texts and per-span misses stay unseen by whoever tunes the rules.
 */
public final class BlindDiagnosis {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

    private BlindDiagnosis() {
    }

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "heldout7";
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        Gazetteer names = Gazetteers.standard();
        WorldGazetteer world = WorldGazetteer.shared();
        PlaceRecommender places = new PlaceRecommender(names, world);
        Map<String, Integer> counts = new TreeMap<>();
        for (GoldSet.GoldDocument d : GoldSet.split(split)) {
            // the place rules' stages of this text, worked out once and only if a known place is missed
            PlaceStages[] computed = new PlaceStages[1];
            java.util.function.Supplier<PlaceStages> stages = () -> computed[0] != null ? computed[0]
                    : (computed[0] = PlaceStages.of(d.text(), world, places));
            Suggestions s = engine.suggest(SuggestionContext.of(d.text()));
            List<SpanKey> pred = s.spans().stream().map(x -> x.key()).toList();
            List<SpanKey> gold = d.gold().spans();
            Set<SpanKey> predSet = Set.copyOf(pred);
            Set<SpanKey> goldSet = Set.copyOf(gold);
            String text = d.text();
            for (SpanKey g : gold) {
                if (g.label().equals("quote") && g.range().end() > g.range().start()) {
                    boolean direct = g.range().start() > 0 && "\"“‘'«".indexOf(text.charAt(g.range().start() - 1)) >= 0;
                    char last = text.charAt(g.range().end() - 1);
                    add(counts, "GOLD quote " + (direct ? "direct" : "reported") + " ends with: "
                            + (Character.isLetterOrDigit(last) ? "letter or digit" : "'" + last + "'")
                            + (predSet.contains(g) ? ", found" : ", missed"));
                    if (!direct && !predSet.contains(g) && "\"”".indexOf(last) >= 0) {
                        // a reported clause that ends with a partial quote's closing mark: which end the prediction misses
                        String how = pred.stream().filter(p -> p.label().equals("quote") && p.range().overlaps(g.range()))
                                .max(java.util.Comparator.comparingInt(p -> shared(p, g)))
                                .map(p -> (p.range().start() == g.range().start() ? "same start" : p.range().start() < g.range().start()
                                        ? "starts earlier" : "starts later") + ", " + (p.range().end() == g.range().end() ? "same end"
                                        : p.range().end() < g.range().end() ? "ends earlier" : "ends later")
                                        + (p.range().start() > 0 && "\"“".indexOf(text.charAt(p.range().start() - 1)) >= 0
                                        ? ", the prediction is the marked words" : ""))
                                .orElse("no quote predicted there");
                        add(counts, "MISS quote reported with a closing mark: " + how);
                    }
                }
                if (predSet.contains(g)) {
                    continue;
                }
                String label = g.label();
                String words = g.textIn(text);
                boolean overlapped = pred.stream().anyMatch(p -> p.label().equals(label) && p.range().overlaps(g.range()));
                String other = pred.stream().filter(p -> !p.label().equals(label) && p.range().overlaps(g.range()))
                        .map(SpanKey::label).findFirst().orElse("none");
                add(counts, "MISS " + label + " total");
                if (overlapped && (label.equals("place") || label.equals("figure") || label.equals("quote")
                        || label.equals("speaker"))) {
                    // the prediction sharing the most text: a nested direct quote is not the clause's boundary
                    pred.stream().filter(p -> p.label().equals(label) && p.range().overlaps(g.range()))
                            .max(java.util.Comparator.comparingInt(p -> shared(p, g)))
                            .ifPresent(p -> BoundaryShape.count(counts, "MISS " + label, text, g, p));
                }
                if (label.equals("place")) {
                    boolean inQuote = pred.stream().anyMatch(p -> p.label().equals("quote") && p.range().start() <= g.range().start()
                            && g.range().end() <= p.range().end());
                    if (inQuote) {
                        add(counts, "MISS place inside a suggested quote, " + (overlapped ? "boundary" : "unseen"));
                    }
                }
                add(counts, "MISS " + label + (overlapped ? " boundary (a prediction overlaps)" : " unseen (no prediction overlaps)"));
                if (!overlapped) {
                    add(counts, "MISS " + label + " unseen, predicted there as " + other);
                }
                switch (label) {
                    case "place" -> {
                        boolean known = names.labelOf(words).isPresent()
                                || world.find(words).stream().anyMatch(h -> h.start() == 0 && h.end() == words.length());
                        add(counts, "MISS place " + (known ? "name in a gazetteer" : "name in no gazetteer"));
                        if (known && !overlapped) {
                            String lost = stageLost(text, g, stages.get());
                            add(counts, "MISS place known, unseen: " + lost);
                            if (SHOW_LINKS && !split.equals(EvalDiff.BLIND_SPLIT)) {
                                System.out.println("  MISS PLACE [" + words + "] " + lost + " … " + text.substring(
                                        Math.max(0, g.range().start() - 80), Math.min(text.length(), g.range().end() + 60))
                                        .replace("\n", " "));
                            }
                        }
                        if (!known && !overlapped) {
                            unknownShape(counts, text, g, world);
                        }
                        add(counts, "MISS place words=" + Math.min(3, words.split("\\s+").length));
                        if (words.equals(words.toUpperCase()) && words.length() > 3) {
                            add(counts, "MISS place in capitals");
                        }
                    }
                    case "speaker" -> {
                        add(counts, "MISS speaker " + (PRONOUNS.contains(words.toLowerCase()) ? "pronoun" : "name or phrase"));
                        List<SpanKey> quotes = d.gold().links().stream().filter(l -> l.speaker().equals(g))
                                .map(Evaluator.Link::quote).toList();
                        boolean quoteFound = quotes.stream().anyMatch(q -> pred.stream()
                                .anyMatch(p -> p.label().equals("quote") && p.range().overlaps(q.range())));
                        add(counts, "MISS speaker " + (quoteFound ? "its quote found" : "no quote of it found"));
                        String[] ws = words.split("\\s+");
                        String first = ws[0];
                        String shape = PRONOUNS.contains(first.toLowerCase()) && ws.length == 1 ? "pronoun"
                                : BoundaryShape.DETERMINERS.contains(first.toLowerCase(java.util.Locale.ROOT)) ? "determiner phrase"
                                : Character.isUpperCase(first.charAt(0)) ? "capitalised" : "lower-case phrase";
                        add(counts, "MISS speaker shape " + shape + ", words=" + Math.min(4, ws.length));
                        String after = text.substring(g.range().end(), Math.min(text.length(), g.range().end() + 30));
                        String before = text.substring(Math.max(0, g.range().start() - 30), g.range().start());
                        String nextWord = after.strip().split("[\\s,.;:]+", 2)[0].toLowerCase();
                        add(counts, "MISS speaker next: " + (after.startsWith(",") ? "comma"
                                : after.startsWith("'s") || after.startsWith("’s") ? "possessive"
                                : nextWord.matches("said|says|told|tells|added|adds|stated|states|wrote|writes|reported|reports"
                                        + "|announced|claimed|claims|called|explained|noted|warned|argued|asked|tweeted|posted")
                                        ? "speech verb" : nextWord.matches("also|further|later|then|previously|had|has|have|was|were|is|are|would|will|could")
                                        ? "adverb or auxiliary" : "other"));
                        if (nextWord.matches("said|says|told|tells|added|adds|stated|states|wrote|writes|reported|reports"
                                + "|announced|claimed|claims|called|explained|noted|warned|argued|asked|tweeted|posted")) {
                            add(counts, "MISS speaker before its verb: " + (overlapped ? "boundary" : "unseen") + ", "
                                    + (quoteFound ? "its quote found" : quotes.isEmpty() ? "no gold quote" : "its quote not found")
                                    + ", " + shape + ", verb " + nextWord);
                        }
                        SpeakerSurroundings around = new SpeakerSurroundings(text);
                        String next = around.next(g);
                        String prev = around.previous(g);
                        add(counts, "MISS speaker next (fine): " + next);
                        add(counts, "MISS speaker prev (fine): " + prev);
                        add(counts, "MISS speaker verb: " + around.verb(g));
                        add(counts, "MISS speaker prev/next: " + prev + " / " + next);
                        if (quoteFound) {
                            add(counts, "MISS speaker, quote found, next: " + next + ", " + around.verb(g));
                        }
                        if (SHOW_LINKS && !split.equals(EvalDiff.BLIND_SPLIT)) {
                            String window = text.substring(Math.max(0, g.range().start() - 80),
                                    Math.min(text.length(), g.range().end() + 80)).replace("\n", " ");
                            System.out.println("  MISS SPEAKER [" + words + "] " + (overlapped ? "boundary" : "unseen")
                                    + (quoteFound ? ", quote found" : "") + " | prev " + prev + " | next " + next + " | "
                                    + around.verb(g) + " … " + window);
                        }
                        quotes.stream().findFirst().ifPresent(q -> add(counts, "MISS speaker quote position: "
                                + around.position(g, q)));
                        add(counts, "MISS speaker prev: " + (before.matches("(?s).*according to\\s*$") ? "according to"
                                : before.matches("(?s).*\\bby\\s*$") ? "by" : before.matches("(?s).*[.!?\"”]\\s*$") ? "sentence start"
                                : before.matches("(?s).*,\\s*$") ? "comma" : before.matches("(?s).*\\b(said|says|told|added)\\s*$")
                                ? "speech verb (inverted)" : "other"));
                    }
                    case "quote" -> {
                        boolean direct = g.range().start() > 0 && "\"“”«„'‘".indexOf(text.charAt(g.range().start() - 1)) >= 0;
                        add(counts, "MISS quote " + (direct ? "direct" : "reported") + (overlapped ? " boundary" : " unseen"));
                        if (direct && !overlapped) {
                            add(counts, "MISS quote direct unseen: " + directQuoteShape(text, g));
                        }
                    }
                    default -> add(counts, "MISS " + label + " words=" + Math.min(4, words.split("\\s+").length));
                }
            }
            countLinks(counts, s, d.gold(), text, split);
            for (SpanKey p : pred) {
                if (goldSet.contains(p)) {
                    continue;
                }
                boolean overlapped = gold.stream().anyMatch(g -> g.label().equals(p.label()) && g.range().overlaps(p.range()));
                String other = gold.stream().filter(g -> !g.label().equals(p.label()) && g.range().overlaps(p.range()))
                        .map(SpanKey::label).collect(Collectors.joining("+"));
                add(counts, "FALSE " + p.label() + (overlapped ? " boundary" : " unseen, gold there: " + (other.isEmpty() ? "none" : other)));
                if (overlapped && (p.label().equals("place") || p.label().equals("figure") || p.label().equals("quote"))) {
                    gold.stream().filter(g -> g.label().equals(p.label()) && g.range().overlaps(p.range()))
                            .max(java.util.Comparator.comparingInt(g -> shared(p, g)))
                            .ifPresent(g -> BoundaryShape.count(counts, "FALSE " + p.label(), text, g, p));
                }
                if (!overlapped && p.label().equals("speaker")) {
                    add(counts, "FALSE speaker unseen: " + falseSpeakerShape(text, p, s, d.gold()));
                }
                if (!overlapped && p.label().equals("figure")) {
                    add(counts, "FALSE figure unseen: " + BoundaryShape.figureShape(p.textIn(text)));
                    add(counts, "FALSE figure unseen, context: " + figureContext(text, p));
                    add(counts, "FALSE figure unseen, token: " + figureToken(p.textIn(text)) + ", word before: "
                            + wordClass(text.substring(Math.max(0, p.range().start() - 25), p.range().start())));
                }
            }
        }
        counts.forEach((k, v) -> System.out.printf("%4d  %s%n", v, k));
        System.out.println(GoldSet.evaluate(engine, GoldSet.split(split)).table());
    }

    static final Set<String> SITE_HEADS = Set.of("Street", "Road", "Avenue", "Boulevard", "Lane", "Drive",
            "Highway", "Square", "Park", "Stadium", "Arena", "Ground", "Field", "Hospital", "Airport", "Bridge", "Hall",
            "Centre", "Center", "Prison", "Base", "Palace", "Tower", "Building", "Station", "Mall", "Church", "Cathedral",
            "Mosque", "Temple", "Museum", "Hotel", "Port", "Harbour", "Harbor", "Beach", "Island", "Islands", "Mountain",
            "Mountains", "River", "Lake", "Valley", "Forest", "Reserve", "Camp", "Market", "Dam", "Canal", "Memorial",
            "House", "Court", "Office", "School", "University", "College", "Club", "Theatre", "Theater", "Plaza",
            "Circuit", "Speedway", "Raceway", "Course", "Garden", "Gardens", "Zoo", "Range", "Area", "Region", "District",
            "County", "Province", "State", "City", "Town", "Village", "Coast", "Sea", "Ocean", "Gulf", "Bay", "Strait",
            "Peninsula", "Desert", "Cemetery", "Castle", "Fort", "Wall", "Gate", "Terminal", "Pier", "Way");

    /** The shape of a place nothing overlaps whose name no gazetteer holds: its head, its words, the word before it. */
    private static void unknownShape(Map<String, Integer> counts, String text, SpanKey g, WorldGazetteer world) {
        String words = g.textIn(text);
        String[] ws = words.split("\\s+");
        String last = ws[ws.length - 1];
        String first = ws[0];
        String head = SITE_HEADS.contains(last) ? "site or area head " + last
                : SITE_HEADS.contains(first) ? "site head first " + first
                : words.contains(" of ") ? "with of" : words.equals(words.toUpperCase()) ? "in capitals"
                : !Character.isUpperCase(first.charAt(0)) ? "lower-case start"
                : ws.length == 1 ? "one capitalised word" : "capitalised words";
        add(counts, "MISS place unknown, unseen: " + head + ", words=" + Math.min(4, ws.length));
        String before = text.substring(Math.max(0, g.range().start() - 20), g.range().start());
        String[] bw = before.strip().split("[\\s]+");
        String prev = bw.length == 0 ? "" : bw[bw.length - 1].toLowerCase();
        if (prev.equals("the")) {
            long capitalised = java.util.Arrays.stream(ws).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
            add(counts, "MISS place unknown, unseen, before the: capitalised words=" + Math.min(4, capitalised) + ", words="
                    + Math.min(4, ws.length) + ", " + (SITE_HEADS.contains(last) ? "ends in a site or area head"
                    : BoundaryShape.LOWER_HEADS.contains(last) ? "ends in a lower-case head" : "no head at the end")
                    + (words.contains(" of ") ? ", with of" : ""));
        }
        add(counts, "MISS place unknown, unseen: before " + (before.isBlank() || before.strip().matches("(?s).*[.!?\"”]$")
                ? "sentence start" : prev.matches("in|at|near|from|of|to|the|and|into|outside|across|around|through")
                ? prev : prev.endsWith(",") ? "comma" : !prev.isEmpty() && Character.isUpperCase(bw[bw.length - 1].charAt(0)) ? "capitalised" : "other"));
        boolean inner = !world.find(words).isEmpty();
        add(counts, "MISS place unknown, unseen: " + (inner ? "holds a known place" : "holds no known place") + ", "
                + (SITE_HEADS.contains(last) ? "site or area head" : ws.length == 1 ? "one word" : "other words"));
    }

    /** The opening mark, the length in words, and whether a closing mark ends it, of a direct quote nothing found. */
    private static String directQuoteShape(String text, SpanKey quote) {
        char open = text.charAt(quote.range().start() - 1);
        int end = quote.range().end();
        char after = end < text.length() ? text.charAt(end) : ' ';
        String words = quote.textIn(text);
        int n = words.isBlank() ? 0 : words.strip().split("\\s+").length;
        boolean inSentence = quote.range().start() > 1 && Character.isLetterOrDigit(text.charAt(quote.range().start() - 2))
                || quote.range().start() > 2 && text.charAt(quote.range().start() - 2) == ' '
                && Character.isLowerCase(text.charAt(quote.range().start() - 3));
        return "mark " + open + ", words " + (n <= 3 ? "1-3" : n <= 10 ? "4-10" : "11+")
                + ", closed by " + ("\"”’'»".indexOf(after) >= 0 ? "a mark" : "something else")
                + (words.contains("\n") ? ", spans paragraphs" : "")
                + (inSentence ? ", after a lower-case word" : ", after a sentence or clause start");
    }

    /**
     * For each gold {@code said_by} whose quote a suggested quote overlaps: whether the suggested link is right, and if
     * not, whether the right speaker was among the suggested spans (a linking fault) or not suggested at all.
     */
    /** {@code -Ddiagnosis.links=true}: each wrong link of a tuning part in full (never for the blind part). */
    private static final boolean SHOW_LINKS = Boolean.getBoolean("diagnosis.links");

    private static void countLinks(Map<String, Integer> counts, Suggestions s, Evaluator.Annotation gold, String text,
                                   String split) {
        List<SpanKey> predicted = s.spans().stream().map(x -> x.key()).toList();
        for (Evaluator.Link g : gold.links()) {
            java.util.Optional<SpanKey> quote = predicted.stream()
                    .filter(p -> p.label().equals("quote") && p.range().overlaps(g.quote().range())).findFirst();
            if (quote.isEmpty()) {
                continue;
            }
            List<SpanKey> linked = s.links().stream().filter(l -> l.quote().equals(quote.get())).map(l -> l.speaker()).toList();
            boolean right = linked.stream().anyMatch(sp -> sp.range().overlaps(g.speaker().range()));
            boolean speakerSuggested = predicted.stream()
                    .anyMatch(p -> p.label().equals("speaker") && p.range().overlaps(g.speaker().range()));
            boolean pronoun = PRONOUNS.contains(g.speaker().textIn(text).toLowerCase());
            String kind = right ? "right" : linked.isEmpty() ? "no link suggested" : "linked to another speaker";
            add(counts, "LINK " + kind);
            if (!right && SHOW_LINKS && !split.equals(EvalDiff.BLIND_SPLIT)) {
                int from = Math.max(0, Math.min(g.speaker().range().start(), g.quote().range().start()) - 40);
                int to = Math.min(text.length(), Math.max(g.speaker().range().end(), g.quote().range().end()) + 20);
                String window = text.substring(from, to).replace("\n", " ");
                System.out.println("  WRONG LINK gold speaker [" + g.speaker().textIn(text) + "] suggested " + linked.stream()
                        .map(sp -> "[" + sp.textIn(text) + "]").toList() + (speakerSuggested ? "" : " (gold speaker not suggested)")
                        + " … " + (window.length() > 300 ? window.substring(0, 300) : window));
            }
            if (!right) {
                add(counts, "LINK " + kind + ", gold speaker " + (speakerSuggested ? "suggested" : "not suggested")
                        + (pronoun ? " (a pronoun)" : ""));
                boolean before = g.speaker().range().end() <= g.quote().range().start();
                boolean sameSentence = !text.substring(Math.min(g.speaker().range().end(), g.quote().range().start()),
                        Math.max(g.speaker().range().start(), g.quote().range().end())).contains("\n");
                if (!speakerSuggested && !linked.isEmpty()) {
                    SpeakerSurroundings around = new SpeakerSurroundings(text);
                    add(counts, "LINK wrong, gold not suggested: chosen " + around.chosenFromGold(linked.get(0), g.speaker()));
                    add(counts, "LINK wrong, gold not suggested: gold speaker next " + around.next(g.speaker())
                            + ", " + around.verb(g.speaker()));
                    add(counts, "LINK wrong, gold not suggested: gold speaker prev " + around.previous(g.speaker()));
                    add(counts, "LINK wrong, gold not suggested: gold quote " + around.position(g.speaker(), g.quote()));
                }
                add(counts, "LINK wrong, gold speaker " + (before ? "before" : "after") + " the quote"
                        + (sameSentence ? ", same paragraph" : ", another paragraph"));
            }
        }
    }

    /**
     * Where a place that a gazetteer holds and that nothing overlaps was lost: dropped by the engine after the place
     * rules proposed it, turned down by the place rules after the evidence chose it, or never chosen (and then the
     * kind of name and the word before it), or only inside a longer name of the gazetteer.
     */
    /** What the place rules made of one text: the ranges they proposed, the world gazetteer's hits, those the evidence chose. */
    private record PlaceStages(Set<org.newsmark.model.TextRange> proposed, List<WorldGazetteer.Hit> hits,
                               Set<org.newsmark.model.TextRange> chosen, boolean sports) {

        static PlaceStages of(String text, WorldGazetteer world, PlaceRecommender places) {
            List<WorldGazetteer.Hit> hits = world.find(text);
            boolean sports = PlaceEvidence.sportsNews(text);
            return new PlaceStages(
                    places.suggest(SuggestionContext.of(text)).spans().stream().map(x -> x.key().range())
                            .collect(Collectors.toSet()),
                    hits,
                    PlaceEvidence.select(text, sports, hits, List.of()).stream()
                            .map(f -> new org.newsmark.model.TextRange(f.start(), f.end())).collect(Collectors.toSet()),
                    sports);
        }
    }

    private static String stageLost(String text, SpanKey gold, PlaceStages stages) {
        int start = gold.range().start();
        int end = gold.range().end();
        if (stages.proposed().contains(gold.range())) {
            return "place rules proposed it, the engine dropped it";
        }
        java.util.Optional<WorldGazetteer.Hit> exact = stages.hits().stream()
                .filter(h -> h.start() == start && h.end() == end).findFirst();
        if (exact.isEmpty()) {
            return stages.hits().stream().anyMatch(h -> h.start() <= start && end <= h.end())
                    ? "only inside a longer gazetteer name" : "no world hit there (own gazetteer only)";
        }
        boolean sports = stages.sports();
        if (stages.chosen().contains(gold.range())) {
            return "evidence chose it, the place rules turned it down";
        }
        WorldGazetteer.Hit h = exact.get();
        PlaceName p = h.place();
        String size = p.population() >= 100_000 ? ">=100k" : p.population() >= 20_000 ? "20k-100k"
                : p.population() >= 5_000 ? "5k-20k" : p.population() > 0 ? "<5k" : "no population";
        String before = text.substring(Math.max(0, start - 20), start);
        String prev = before.matches("(?s).*\\b(?:in|at|near|from|to|outside|into|across)\\s$") ? "preposition"
                : before.matches("(?s).*\\bthe\\s$") ? "the" : before.matches("(?s).*\\bof\\s$") ? "of"
                : before.matches("(?s).*[,;]\\s$") ? "comma" : before.matches("(?s)(?:.*[.!?\"”\\n]\\s*)?$") ? "sentence start"
                : before.matches("(?s).*\\p{Lu}\\p{L}*\\s$") ? "capitalised word" : "other word";
        return "not chosen: " + p.kind() + (p.common() ? " common" : "") + ", " + size + (sports ? ", sports" : "")
                + (h.shouted() ? ", in capitals" : "") + ", after " + prev;
    }

    /** The coarse class of what stands around a false figure: an age after a name, a bracket, a score, a title … */
    private static String figureContext(String text, SpanKey p) {
        String before = text.substring(Math.max(0, p.range().start() - 30), p.range().start());
        String after = text.substring(p.range().end(), Math.min(text.length(), p.range().end() + 30));
        String words = p.textIn(text);
        if (before.matches("(?s).*\\p{Lu}\\p{L}+, $") && after.startsWith(",")) {
            return "age after a name";
        }
        if (before.matches("(?s).*\\baged? $")) {
            return "after aged";
        }
        if (before.endsWith("(") || after.startsWith(")")) {
            return "in brackets";
        }
        if (after.matches("(?s)^[-–]\\d.*") || before.matches("(?s).*\\d[-–]$")) {
            return "score or range with a dash";
        }
        if (before.matches("(?s).*\\b(?:No\\.|number|Number|Article|Resolution|Section|Chapter|Flight|Route|Category|Level|Phase"
                + "|Stage|Game|Round|Week|Day|Season|Episode|Volume|Vol\\.|Page|p\\.)\\s$")) {
            return "after a numbering word";
        }
        if (after.matches("(?s)^\\s\\p{Lu}.*")) {
            return "before a capitalised word";
        }
        if (words.matches(".*\\d.*") && after.matches("(?s)^\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|GMT|UTC|BST|EST|ET).*")) {
            return "time of day";
        }
        if (words.matches("[\\d.,]+") && after.matches("(?s)^\\s\\p{Ll}+.*")) {
            return "bare number before a lower-case word";
        }
        if (words.matches("[\\d.,]+") && after.matches("(?s)^[.,;:].*")) {
            return "bare number before punctuation";
        }
        return "other";
    }

    /**
     * What a false speaker's quotes are in the gold: no quote of it is gold, or its quote is gold and has its gold
     * speaker before it or after it; and the false speaker's first word class.
     */
    private static String falseSpeakerShape(String text, SpanKey p, Suggestions s, Evaluator.Annotation gold) {
        List<SpanKey> quotes = s.links().stream().filter(l -> l.speaker().equals(p)).map(l -> l.quote()).toList();
        String first = p.textIn(text).split("\\s+")[0];
        String shape = PRONOUNS.contains(first.toLowerCase()) ? "pronoun"
                : BoundaryShape.DETERMINERS.contains(first.toLowerCase(java.util.Locale.ROOT)) ? "determiner phrase"
                : Character.isUpperCase(first.charAt(0)) ? "capitalised" : "lower-case phrase";
        if (quotes.isEmpty()) {
            return "no quote linked, " + shape;
        }
        java.util.Optional<Evaluator.Link> goldLink = gold.links().stream()
                .filter(l -> quotes.stream().anyMatch(q -> q.range().overlaps(l.quote().range()))).findFirst();
        if (goldLink.isEmpty()) {
            return "its quotes are no gold quote, " + shape;
        }
        int g = goldLink.get().speaker().range().start();
        return "its quote is gold, gold speaker " + (g < p.range().start() ? "before it" : "after it") + ", " + shape;
    }

    /** The shape of a false figure's first number: a year, a percentage, a sum, a plain count, a word number. */
    private static String figureToken(String words) {
        String first = words.split("\\s+")[0];
        if (first.matches("(?:19|20)\\d\\d")) {
            return "year-like";
        }
        if (words.contains("%") || words.contains("percent") || words.contains("per cent")) {
            return "percentage";
        }
        if (words.matches("(?s).*[$€£¥].*") || words.matches("(?s).*\\b(?:dollars?|euros?|pounds?|yuan|rupees?)\\b.*")) {
            return "money";
        }
        if (first.matches("\\d+")) {
            return words.contains(" ") ? "integer with words" : "bare integer " + (first.length() <= 2 ? "1-2 digits" : "3+ digits");
        }
        if (first.matches("[\\d.,]+")) {
            return "decimal or grouped";
        }
        if (first.matches("(?s).*\\d.*")) {
            return "digits with letters or signs";
        }
        return "words only";
    }

    /** The word class of the word right before a span: a preposition, a determiner, a capitalised word, a verb in -ed … */
    private static String wordClass(String before) {
        String b = before.strip();
        if (b.isEmpty() || b.matches("(?s).*[.!?\"”]$")) {
            return "sentence start or mark";
        }
        if (b.matches("(?s).*[,;:(]$")) {
            return "punctuation";
        }
        String[] ws = b.split("\\s+");
        String w = ws[ws.length - 1];
        if (w.matches("(?i)in|on|at|of|for|to|from|by|with|about|over|under|than|after|before|since|until|between|among|per|during")) {
            return "preposition";
        }
        if (w.matches("(?i)the|a|an|his|her|its|their|our|this|these|those|some|all|every")) {
            return "determiner";
        }
        if (Character.isUpperCase(w.charAt(0))) {
            return "capitalised word";
        }
        if (w.matches("\\p{Ll}+ed|was|were|is|are|has|have|had")) {
            return "verb";
        }
        if (w.matches("(?s).*\\d.*")) {
            return "a number";
        }
        return "other lower-case word";
    }

    private static void add(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    /** How many characters two spans share. */
    private static int shared(SpanKey a, SpanKey b) {
        return Math.min(a.range().end(), b.range().end()) - Math.max(a.range().start(), b.range().start());
    }
}
