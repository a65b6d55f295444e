package org.newsmark.suggest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Evaluator;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.Labels;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/**
 * Developer tool: scores place suggestions against the LOC entities of a CoNLL-2003 style file
 * (token POS chunk NER, documents split by {@code -DOCSTART-}). The file is read from the path given,
 * for measurement only; Reuters text is not part of the repository.
 *
 * <pre>java ... ConllPlaces /tmp/conllpp_test.txt [--errors]</pre>
 *
 * Tokens are joined with single spaces, except before {@code , . : ; ) 's} and after {@code (}; one
 * sentence a line. "Adjusted" scores by overlap and leaves out the one convention difference that can be
 * told from the text alone: a place inside a hyphenated word ({@code Tripoli-based}, {@code pro-Moscow},
 * {@code Dublin-born}) is one MISC or O token in CoNLL but a place by the Newsmark guidelines (a place
 * used as a modifier), so such predictions are not counted either way.
 */
public final class ConllPlaces {

    private ConllPlaces() {
    }

    record Doc(String text, List<SpanKey> loc, List<SpanKey> other) {
    }

    public static void main(String[] args) throws IOException {
        List<Doc> docs = read(Path.of(args[0]));
        boolean errors = Set.of(args).contains("--errors");
        long t0 = System.nanoTime();
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        System.out.printf("engine ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        Evaluator.Report report = Evaluator.Report.empty();
        Evaluator.Report adjusted = Evaluator.Report.empty();
        int missedCaps = 0;
        int capsGold = 0;
        long chars = 0;
        long t1 = System.nanoTime();
        for (Doc d : docs) {
            Suggestions s = engine.suggest(SuggestionContext.of(d.text()));
            chars += d.text().length();
            List<SpanKey> pred = s.spans().stream().filter(x -> x.label().equals(Labels.PLACE)).map(x -> x.key()).toList();
            report = report.plus(Evaluator.compare(d.text(), new Evaluator.Annotation(pred, List.of()),
                    new Evaluator.Annotation(d.loc(), List.of())));
            List<SpanKey> predAdjusted = pred.stream().filter(p -> !inHyphenatedWord(d.text(), p)).toList();
            adjusted = adjusted.plus(Evaluator.compare(d.text(), new Evaluator.Annotation(predAdjusted, List.of()),
                    new Evaluator.Annotation(d.loc(), List.of())));
            for (SpanKey g : d.loc()) {
                String t = g.textIn(d.text());
                boolean caps = t.equals(t.toUpperCase()) && t.chars().filter(Character::isLetter).count() > 1;
                capsGold += caps ? 1 : 0;
                boolean hit = pred.stream().anyMatch(p -> p.range().overlaps(g.range()));
                missedCaps += caps && !hit ? 1 : 0;
                if (errors && !hit) {
                    System.out.println("MISS  [" + t + "]  " + context(d.text(), g));
                }
            }
            if (errors) {
                for (SpanKey p : pred) {
                    d.loc().stream().filter(g -> g.range().overlaps(p.range()) && !g.range().equals(p.range()))
                            .forEach(g -> System.out.println("BOUND [" + p.textIn(d.text()) + "] gold=[" + g.textIn(d.text())
                                    + "]  " + context(d.text(), p)));
                    if (d.loc().stream().noneMatch(g -> g.range().overlaps(p.range()))) {
                        String kind = d.other().stream().filter(o -> o.range().overlaps(p.range())).map(SpanKey::label)
                                .findFirst().orElse("O");
                        System.out.println("EXTRA [" + p.textIn(d.text()) + "] gold=" + kind + "  " + context(d.text(), p));
                    }
                }
            }
        }
        double ms = (System.nanoTime() - t1) / 1e6;
        Evaluator.LabelScores place = report.label(Labels.PLACE).orElseThrow();
        System.out.printf("docs=%d chars=%d suggest_ms=%.0f (%.2f ms per 5 KB)%n", docs.size(), chars, ms, ms / chars * 5000);
        print("exact  ", place.exact());
        print("overlap", place.overlap());
        print("adjusted (overlap, hyphenated words left out)", adjusted.label(Labels.PLACE).orElseThrow().overlap());
        System.out.printf("gold in capitals: %d, missed: %d%n", capsGold, missedCaps);
    }

    private static boolean inHyphenatedWord(String text, SpanKey k) {
        int s = k.range().start();
        int e = k.range().end();
        return (e + 1 < text.length() && text.charAt(e) == '-' && Character.isLetter(text.charAt(e + 1)))
                || (s >= 2 && text.charAt(s - 1) == '-' && Character.isLowerCase(text.charAt(s - 2)));
    }

    private static void print(String name, Evaluator.Counts c) {
        System.out.printf("place %s P=%.3f R=%.3f F1=%.3f (predicted %d, gold %d)%n", name, c.precision(), c.recall(),
                c.f1(), c.predicted(), c.gold());
    }

    private static String context(String text, SpanKey k) {
        int ls = text.lastIndexOf('\n', k.range().start() - 1) + 1;
        int le = text.indexOf('\n', k.range().end());
        String line = text.substring(ls, le < 0 ? text.length() : le);
        return line.length() > 140 ? line.substring(0, 140) + "…" : line;
    }

    static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<SpanKey> loc = new ArrayList<>();
        List<SpanKey> other = new ArrayList<>();
        int entStart = -1;
        String entType = null;
        boolean lineStart = true;
        String prevToken = "";
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("-DOCSTART-")) {
                entStart = close(text, loc, other, entStart, entType);
                entType = null;
                if (text.length() > 0) {
                    docs.add(new Doc(text.toString(), List.copyOf(loc), List.copyOf(other)));
                }
                text.setLength(0);
                loc.clear();
                other.clear();
                lineStart = true;
                continue;
            }
            if (line.isBlank()) {
                entStart = close(text, loc, other, entStart, entType);
                entType = null;
                if (!lineStart) {
                    text.append('\n');
                    lineStart = true;
                }
                continue;
            }
            String[] f = line.split(" ");
            String token = f[0];
            String tag = f[f.length - 1];
            boolean glue = Set.of(",", ".", ":", ";", ")", "'s", "n't", "%", "?", "!").contains(token)
                    || prevToken.equals("(");
            if (tag.equals("O") || tag.startsWith("B-") || !tag.substring(2).equals(entType)) {
                entStart = close(text, loc, other, entStart, entType);
                entType = null;
            }
            if (!lineStart && !glue) {
                text.append(' ');
            }
            if (!tag.equals("O") && entType == null) {
                entStart = text.length();
                entType = tag.substring(2);
            }
            text.append(token);
            lineStart = false;
            prevToken = token;
        }
        close(text, loc, other, entStart, entType);
        if (text.length() > 0) {
            docs.add(new Doc(text.toString(), loc, other));
        }
        return docs;
    }

    private static int close(StringBuilder text, List<SpanKey> loc, List<SpanKey> other, int start, String type) {
        if (start >= 0 && type != null) {
            SpanKey k = SpanKey.of(type.equals("LOC") ? Labels.PLACE : type, start, text.length());
            (type.equals("LOC") ? loc : other).add(k);
        }
        return -1;
    }
}
