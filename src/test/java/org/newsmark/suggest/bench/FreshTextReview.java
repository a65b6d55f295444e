package org.newsmark.suggest.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.GoldSet;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/**
 * Developer tool for reviewing the suggester on fresh text: runs it over the Wikinews sample articles that are not
 * in the gold set (so no held-out text is read) and prints, for a reader to judge by the guidelines, one view chosen
 * by a system property:
 * <ul>
 * <li>none: each suggested quote that got no speaker, in its sentence;</li>
 * <li>{@code -Dfar=true}: quotes linked to a speaker paragraphs away;</li>
 * <li>{@code -Dsilent=true}: sentences with a speech verb and no suggested quote
 * ({@code -Dsilent.all=true}: also in articles and sentences with quotation marks);</li>
 * <li>{@code -Dmarks=true}: quotation marks that no suggested quote covers;</li>
 * <li>{@code -Dnumbers=true}: numbers that no suggested figure covers;</li>
 * <li>{@code -Duncovered=true}: capitalised names after place prepositions that nothing covers;</li>
 * <li>{@code -Dlabel=L}: each suggestion of label L in context.</li>
 * </ul>
 * Run from the repository root.
 */
public final class FreshTextReview {

    private FreshTextReview() {
    }

    public static void main(String[] args) throws IOException {
        Set<String> gold = GoldSet.load().stream().map(GoldSet.GoldDocument::text).collect(Collectors.toSet());
        Set<String> goldSources = GoldSet.load().stream().map(GoldSet.GoldDocument::source).collect(Collectors.toSet());
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        List<String> texts = new ArrayList<>();
        // never wikinews_2024_2026.csv: its articles are the blind part heldout13, whose suggestions no one tuning may see
        for (String file : List.of("wikinews_2019.csv", "wikinews_2020.csv")) {
            try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/samples/wikinews", file), StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                    if (!gold.contains(r.get("text")) && !goldSources.contains(r.get("url"))) {
                        texts.add(r.get("text"));
                    }
                }
            }
        }
        int quotes = 0;
        int unlinked = 0;
        for (String text : texts) {
            Suggestions s = engine.suggest(SuggestionContext.of(text));
            Set<SpanKey> linked = s.links().stream().map(l -> l.quote()).collect(Collectors.toSet());
            if (Boolean.getBoolean("marks")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\"“]([^\"“”\\n]{1,300})[\"”]").matcher(text);
                while (m.find()) {
                    int a = m.start(1);
                    int b = m.end(1);
                    boolean covered = s.withLabel("quote").stream().anyMatch(x -> x.key().range().start() < b && x.key().range().end() > a);
                    if (!covered) {
                        System.out.println("-- " + text.substring(Math.max(0, a - 60), Math.min(text.length(), b + 40)).replace('\n', ' '));
                    }
                }
                continue;
            }
            if (Boolean.getBoolean("numbers")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\\b").matcher(text);
                while (m.find()) {
                    int a = m.start();
                    int b = m.end();
                    // inside a quote too: a quote's figures are tagged as well (nesting)
                    boolean covered = s.withLabel("figure").stream().anyMatch(x -> x.key().range().start() < b && x.key().range().end() > a);
                    if (!covered) {
                        System.out.println("-- " + (text.substring(Math.max(0, a - 40), a) + "[[" + text.substring(a, b) + "]]"
                                + text.substring(b, Math.min(text.length(), b + 30))).replace('\n', ' '));
                    }
                }
                continue;
            }
            if (Boolean.getBoolean("uncovered")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:in|near|from|at|outside|across|to) ((?:\\p{Lu}[\\p{L}'-]+)(?: \\p{Lu}[\\p{L}'-]+){0,3})").matcher(text);
                while (m.find()) {
                    int a = m.start(1);
                    int b = m.end(1);
                    boolean covered = s.spans().stream().anyMatch(x -> x.key().range().start() < b && x.key().range().end() > a);
                    if (!covered) {
                        System.out.println("-- " + m.group(1) + " :: " + text.substring(Math.max(0, a - 50), Math.min(text.length(), b + 40)).replace('\n', ' '));
                    }
                }
                continue;
            }
            if (System.getProperty("label") != null) {
                for (var span : s.withLabel(System.getProperty("label"))) {
                    int a = span.key().range().start();
                    int b = span.key().range().end();
                    System.out.println("-- " + (text.substring(Math.max(0, a - 50), a) + "[[" + text.substring(a, b) + "]]"
                            + text.substring(b, Math.min(text.length(), b + 40))).replace('\n', ' '));
                }
                continue;
            }
            if (Boolean.getBoolean("silent")) {
                java.util.List<org.newsmark.model.TextRange> quoteRanges = s.withLabel("quote").stream().map(x -> x.key().range()).toList();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(said|says|told|stated|added|explained|announced|claimed|reported|argued|warned|noted|according to|recommended|mentioned|suggested|confirmed|wrote|believes?)\\b").matcher(text);
                while (m.find()) {
                    int at = m.start();
                    int sentenceStart = Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf('\n', at) + 1);
                    int dot = text.indexOf(". ", at);
                    int nl = text.indexOf('\n', at);
                    int sentenceEnd = Math.min(dot < 0 ? text.length() : dot + 1, nl < 0 ? text.length() : nl);
                    boolean covered = quoteRanges.stream().anyMatch(r -> r.end() > sentenceStart && r.start() < sentenceEnd);
                    if (!covered && Boolean.getBoolean("silent.all")) {
                        System.out.println("-- silent: " + text.substring(sentenceStart, sentenceEnd).replace('\n', ' '));
                    } else if (!covered && text.indexOf('"', sentenceStart) != -1 && text.substring(sentenceStart, sentenceEnd).indexOf('"') < 0
                            && text.substring(sentenceStart, sentenceEnd).indexOf('“') < 0) {
                        System.out.println("-- silent: " + text.substring(sentenceStart, sentenceEnd).replace('\n', ' '));
                    }
                }
                continue;
            }
            if (Boolean.getBoolean("far")) {
                for (var l : s.links()) {
                    int qs = l.quote().range().start();
                    int ss = l.speaker().range().start();
                    String between = text.substring(Math.min(qs, ss), Math.max(qs, ss));
                    if (between.contains("\n") && Math.abs(qs - ss) > 150) {
                        int from = Math.max(0, qs - 160);
                        int to = Math.min(text.length(), l.quote().range().end() + 120);
                        System.out.println("-- far speaker [" + l.speaker().textIn(text) + "] :: " + (text.substring(from, qs) + "[["
                                + l.quote().textIn(text) + "]]" + text.substring(l.quote().range().end(), to)).replace('\n', ' '));
                    }
                }
                continue;
            }
            for (var span : s.withLabel("quote")) {
                quotes++;
                if (!linked.contains(span.key())) {
                    unlinked++;
                    int from = Math.max(0, span.key().range().start() - 140);
                    int to = Math.min(text.length(), span.key().range().end() + 100);
                    System.out.println("-- " + (text.substring(from, span.key().range().start()) + "[[" + span.key().textIn(text) + "]]"
                            + text.substring(span.key().range().end(), to)).replace('\n', ' '));
                }
            }
        }
        System.out.println(texts.size() + " articles, " + quotes + " quotes suggested, " + unlinked + " without a speaker");
    }
}
