package org.newsmark.suggest.bench;

import java.util.Map;
import java.util.Set;
import org.newsmark.suggest.SpanKey;

/**
 * Coarse shapes of a boundary error between a gold span and the prediction that overlaps it: which end differs, whether
 * the prediction is longer or shorter there, and the class of the differing words from fixed lists (never the words).
 */
final class BoundaryShape {

    static final Set<String> LOWER_HEADS = Set.of("area", "region", "province", "county", "district", "state", "city",
            "town", "village", "border", "coast", "island", "islands", "river", "valley", "field", "port", "airport",
            "base", "camp", "site", "neighbourhood", "neighborhood", "vicinity", "strip", "peninsula", "sea", "bay");
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "roughly", "nearly", "almost", "approximately",
            "over", "under", "more", "less", "fewer", "than", "up", "to", "at", "least", "most", "as", "high", "low",
            "much", "many", "between", "and", "some", "just", "only", "close", "barely", "below", "above", "upwards",
            "estimated", "~", "exceeding", "exceeds", "excess", "within", "from", "or", "by");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "billion", "billions", "trillion", "dozen", "dozens", "half", "quarter",
            "third", "thirds", "percent", "per", "cent", "%");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "for", "per", "of", "at", "from", "to", "with",
            "by", "into", "across", "over", "after", "before", "during", "since", "a", "an", "the");

    private BoundaryShape() {
    }

    static void count(Map<String, Integer> counts, String prefix, String text, SpanKey gold, SpanKey pred) {
        int gs = gold.range().start();
        int ge = gold.range().end();
        int ps = pred.range().start();
        int pe = pred.range().end();
        boolean figure = gold.label().equals("figure");
        if (gold.label().equals("quote")) {
            String kind = gs > 0 && "\"“”„«‘'".indexOf(text.charAt(gs - 1)) >= 0 ? " direct" : " reported";
            if (ps != gs) {
                counts.merge(prefix + kind + " boundary start: prediction " + (ps < gs ? "longer" : "shorter") + " by "
                        + quoteClass(text.substring(Math.min(ps, gs), Math.max(ps, gs))), 1, Integer::sum);
            }
            if (pe != ge) {
                counts.merge(prefix + kind + " boundary end: prediction " + (pe > ge ? "longer" : "shorter") + " by "
                        + quoteClass(text.substring(Math.min(pe, ge), Math.max(pe, ge))), 1, Integer::sum);
            }
            return;
        }
        if (gold.label().equals("speaker")) {
            if (ps != gs) {
                counts.merge(prefix + " boundary start: prediction " + (ps < gs ? "longer" : "shorter") + " by "
                        + speakerClass(text.substring(Math.min(ps, gs), Math.max(ps, gs)), true), 1, Integer::sum);
            }
            if (pe != ge) {
                counts.merge(prefix + " boundary end: prediction " + (pe > ge ? "longer" : "shorter") + " by "
                        + speakerClass(text.substring(Math.min(pe, ge), Math.max(pe, ge)), false), 1, Integer::sum);
            }
            return;
        }
        if (ps != gs) {
            String diff = text.substring(Math.min(ps, gs), Math.max(ps, gs));
            counts.merge(prefix + " boundary start: prediction " + (ps < gs ? "longer" : "shorter") + " by "
                    + (figure ? figureClass(diff) : placeClass(diff, true)), 1, Integer::sum);
        }
        if (pe != ge) {
            String diff = text.substring(Math.min(pe, ge), Math.max(pe, ge));
            counts.merge(prefix + " boundary end: prediction " + (pe > ge ? "longer" : "shorter") + " by "
                    + (figure ? figureClass(diff) : placeClass(diff, false)), 1, Integer::sum);
        }
    }

    /** The class of the words a place prediction has more or less than the gold at one end. */
    static String placeClass(String diff, boolean start) {
        String d = diff.strip();
        String[] ws = d.split("\\s+");
        String word = start ? ws[0] : ws[ws.length - 1];
        String words = "words=" + Math.min(3, ws.length);
        if (d.isEmpty()) {
            return "space";
        }
        if (d.equals("'s") || d.equals("’s")) {
            return "'s";
        }
        if (d.matches("(?i)the")) {
            return "the";
        }
        if (start && d.matches("(?i)the .*")) {
            return "the and more, " + words;
        }
        if (!start && d.matches(",\\s*\\p{Lu}.*")) {
            return "comma and capitalised, " + words;
        }
        if (d.startsWith(",") || d.endsWith(",")) {
            return "with comma, " + words;
        }
        String w = word.replaceAll("[^\\p{L}]", "");
        if (BlindDiagnosis.SITE_HEADS.contains(w)) {
            return "site or area head, " + words;
        }
        if (LOWER_HEADS.contains(w)) {
            return "lower-case head, " + words;
        }
        if (d.matches(".*\\d.*")) {
            return "digits, " + words;
        }
        boolean allCaps = java.util.Arrays.stream(ws).allMatch(x -> !x.isEmpty() && Character.isUpperCase(x.charAt(0)));
        return (allCaps ? "capitalised words, " : "mixed or lower-case words, ") + words + (d.contains("-") ? ", hyphen" : "");
    }

    private static final Set<String> SPEECH_WORDS = Set.of("said", "says", "say", "told", "added", "stated", "noted",
            "claimed", "announced", "reported", "wrote", "argued", "explained", "warned", "according", "saying", "adding");

    /** The class of the text a quote prediction has more or less than the gold at one end (fixed classes, no words). */
    static String quoteClass(String diff) {
        String d = diff.strip();
        String[] ws = d.toLowerCase().split("[^\\p{L}]+");
        String words = ", words=" + Math.min(4, d.isEmpty() ? 0 : d.split("\\s+").length);
        if (d.isEmpty()) {
            return "space";
        }
        if (d.matches("[\\p{P}\\s]+")) {
            return "punctuation only";
        }
        if (diff.contains("\n")) {
            return "a paragraph break" + words;
        }
        if (d.matches("(?s).*[.!?][\"”’']?\\s+[\"“‘']?\\p{Lu}.*")) {
            return "a sentence end" + words;
        }
        String first = ws.length > 0 && ws[0].isEmpty() && ws.length > 1 ? ws[1] : ws.length > 0 ? ws[0] : "";
        String lead = d.startsWith(",") ? "comma, " : d.startsWith(";") ? "semicolon, " : d.startsWith(":") ? "colon, "
                : d.matches("[—–-].*") ? "dash, " : "";
        if (first.equals("that")) {
            return lead + "'that'" + words;
        }
        if (java.util.Arrays.stream(ws).anyMatch(SPEECH_WORDS::contains)) {
            return lead + "a speech word" + words;
        }
        if (first.equals("and") || first.equals("but") || first.equals("or")) {
            return lead + "a conjunction" + words;
        }
        if (first.equals("which") || first.equals("who") || first.equals("whose") || first.equals("where")) {
            return lead + "a relative" + words;
        }
        if (first.endsWith("ing")) {
            return lead + "an -ing word" + words;
        }
        if (PREPOSITIONS.contains(first)) {
            return lead + "a preposition or article" + words;
        }
        if (d.matches("(?s).*[\"“”„«»].*")) {
            return lead + "a quote mark" + words;
        }
        return lead + "other" + words;
    }

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "one", "some",
            "many", "several", "two", "three", "other", "another", "all", "both", "most", "each", "this", "that", "these");

    /** The class of the words a speaker prediction has more or less than the gold at one end (fixed classes, no words). */
    static String speakerClass(String diff, boolean start) {
        String d = diff.strip();
        if (d.isEmpty()) {
            return "space";
        }
        String[] ws = d.split("\\s+");
        String words = ", words=" + Math.min(4, ws.length);
        String first = ws[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}']", "");
        String last = ws[ws.length - 1].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}']", "");
        if (d.matches("[\\p{P}\\s]+")) {
            return "punctuation only";
        }
        if (d.contains("\n")) {
            return "a paragraph break" + words;
        }
        if (d.matches("(?s).*[\"“”‘’].*") && !d.matches("(?s).*\\w[’']s?\\b.*")) {
            return "a quote mark" + words;
        }
        if (java.util.Arrays.stream(d.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).anyMatch(SPEECH_WORDS::contains)) {
            return "a speech word" + words;
        }
        String lead = d.startsWith(",") ? "comma, " : d.endsWith(",") ? "ending in comma, " : "";
        if (start) {
            if (DETERMINERS.contains(first) && ws.length == 1) {
                return lead + "a determiner alone";
            }
            if (DETERMINERS.contains(first)) {
                return lead + "a determiner and more" + (d.matches(".*\\p{Lu}.*") ? ", with capitals" : ", lower-case") + words;
            }
            if (d.matches("(?s).*[’']s\\s*$") || d.matches("(?s).*[’']\\s*$")) {
                return lead + "a possessor" + words;
            }
            if (last.equals("of") || last.equals("for") || last.equals("at") || last.equals("from")) {
                return lead + "a phrase ending in a preposition" + words;
            }
        } else {
            if (d.startsWith("'s") || d.startsWith("’s")) {
                return "a possessive" + words;
            }
            if (PREPOSITIONS.contains(d.startsWith(",") && ws.length > 1 ? ws[1].toLowerCase(java.util.Locale.ROOT) : first)) {
                return lead + "a prepositional phrase" + words;
            }
            if (first.equals("who") || first.equals("which") || (ws.length > 1 && ws[1].equalsIgnoreCase("who"))) {
                return lead + "a relative" + words;
            }
        }
        if (first.equals("and") || first.equals("or") || last.equals("and") || last.equals("or")) {
            return lead + "a conjunction" + words;
        }
        boolean caps = java.util.Arrays.stream(ws).map(w -> w.replaceAll("^[^\\p{L}]+", ""))
                .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
        boolean lower = java.util.Arrays.stream(ws).map(w -> w.replaceAll("^[^\\p{L}]+", ""))
                .allMatch(w -> w.isEmpty() || Character.isLowerCase(w.charAt(0)));
        return lead + (caps ? "capitalised words" : lower ? "lower-case words" : "mixed words") + words;
    }

    /** The class of the words a figure prediction has more or less than the gold at one end. */
    static String figureClass(String diff) {
        String d = diff.strip().toLowerCase();
        if (d.isEmpty()) {
            return "space";
        }
        String[] ws = d.split("\\s+");
        String words = ", words=" + Math.min(3, ws.length);
        if (d.matches("[-–.,;:()]+")) {
            return "punctuation";
        }
        if (d.startsWith("(") || d.endsWith(")")) {
            return "bracketed" + (d.matches(".*\\d.*") ? " with digits" : "") + words;
        }
        if (d.matches("[-–—/].*")) {
            return "after a dash or slash" + (d.matches(".*\\d.*") ? " with digits" : "") + words;
        }
        if (d.matches("(and|or) .*")) {
            return "after and/or" + (d.matches(".*\\d.*") ? " with digits" : "") + words;
        }
        if (d.matches("(a|per|an|each|every) (day|week|month|year|hour|minute|second|person|capita|head).*")) {
            return "rate (a/per unit)" + words;
        }
        if (d.startsWith("of ") || d.equals("of")) {
            return "of-phrase" + words;
        }
        if (d.matches("an?")) {
            return "a/an";
        }
        if (java.util.Arrays.stream(ws).allMatch(APPROXIMATORS::contains)) {
            return "approximator or bound" + words;
        }
        if (java.util.Arrays.stream(ws).allMatch(w -> NUMBER_WORDS.contains(w.replaceAll("[^\\p{L}%]", ""))
                || w.matches("[$€£¥~]?[\\d.,]+%?"))) {
            return "number word or digits" + words;
        }
        if (PREPOSITIONS.contains(ws[0])) {
            return "phrase opening with preposition '" + ws[0] + "'" + words;
        }
        if (d.matches(".*\\d.*")) {
            return "other with digits" + (d.matches("[\\d.,]+.*") ? ", opening with digits" : "")
                    + (d.matches(".*\\p{L}\\d.*") ? ", letters before digits" : "") + words;
        }
        if (d.contains("-")) {
            return "hyphenated" + words;
        }
        return "other words (unit or noun?)" + words;
    }

    /** The shape of a figure prediction no gold figure overlaps. */
    static String figureShape(String words) {
        String w = words.toLowerCase();
        return (w.matches(".*\\d.*") ? "digits" : "no digits") + ", words=" + Math.min(4, w.split("\\s+").length)
                + (w.matches("(?s).*\\b(19|20)\\d\\d\\b.*") ? ", year-like" : "")
                + (w.matches("(?s).*(%|percent|per cent).*") ? ", percent" : "")
                + (w.matches("(?s).*[$€£¥].*") ? ", currency" : "");
    }
}
