package org.newsmark.suggest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/**
 * Developer tool: measures speakers, quotes and said_by links against a second, independent gold, the PolNeAR
 * attribution corpus (Newell, Margolin and Ruths, LREC 2018; US political news of 2016, brat standoff with
 * Source, Cue and Content spans). Its articles belong to their publishers, so they are never copied into this
 * repository: pass the path of a PolNeAR compartment (for example {@code …/PolNeAR/data/train}) as the argument.
 *
 * <p>PolNeAR tags every attribution, also beliefs and intentions, and takes pronouns as sources; Newsmark's
 * guidelines tag reported speech and link a quote to the nearest named mention. So only attributions whose cue is
 * a speech word count as gold here, a source that is a pronoun is not a gold speaker, and a suggestion counts as
 * right where it overlaps the gold span (exact matches are printed beside). A suggested speaker or quote that
 * overlaps no attribution at all is printed as false; one inside a non-speech attribution is not counted either
 * way. {@code -Dpolnear.list=speaker|quote|link} prints that label's misses and false suggestions in context.
 */
public final class PolnearAttributions {

    private static final Pattern SPEECH_CUE = Pattern.compile(
            "(?i)\\b(sa(y|ys|id|ying)|t(ell|ells|old|elling)|add(s|ed)?|according|stat(e|es|ed)|announc(e|es|ed)|explain(s|ed)?"
                    + "|not(e|es|ed)|argu(e|es|ed)|wr(ote|ite|ites)|ask(s|ed)?|claim(s|ed)?|insist(s|ed)?|warn(s|ed)?|report(s|ed)?"
                    + "|tweet(s|ed)?|declar(e|es|ed)|acknowledg(e|es|ed)|admit(s|ted)?|recall(s|ed)?|describ(e|es|ed)|call(s|ed)?"
                    + "|continu(e|es|ed)|repl(y|ies|ied)|respond(s|ed)?|express(es|ed)?|confirm(s|ed)?|deni(es|ed)|den(y)"
                    + "|comment(s|ed)?|told|urg(e|es|ed)|predict(s|ed)?|promis(e|es|ed)|vow(s|ed)?|pledg(e|es|ed))\\b");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "me", "us", "him",
            "her", "them", "his", "its", "their", "our", "my", "who", "which", "that", "this", "these", "those");

    private record Part(TextRange range, String text) {
    }

    private record Attribution(Part source, Part cue, Part content) {

        boolean speech() {
            return cue != null && SPEECH_CUE.matcher(cue.text()).find();
        }

        boolean namedSource() {
            return source != null && !PRONOUNS.contains(source.text().toLowerCase().replaceAll("[’']s$", ""));
        }
    }

    private PolnearAttributions() {
    }

    public static void main(String[] args) throws IOException {
        Path compartment = Path.of(args[0]);
        String list = System.getProperty("polnear.list", "");
        int limit = Integer.getInteger("polnear.articles", Integer.MAX_VALUE);
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        Map<String, Path> annotationOf = new HashMap<>();
        try (Stream<Path> files = Files.list(compartment.resolve("attributions"))) {
            // articles annotated twice: the first annotator's file
            files.sorted().forEach(f -> annotationOf.putIfAbsent(f.getFileName().toString().replaceAll("_[0-9a-f]{4}\\.ann$", ""), f));
        }
        int[] speaker = new int[5]; // gold, found overlapping, found exact, suggested, suggested false
        int[] quote = new int[4]; // gold, found overlapping, suggested, suggested false
        int[] link = new int[2]; // judged, right
        int articles = 0;
        List<String> texts;
        try (Stream<Path> files = Files.list(compartment.resolve("text"))) {
            texts = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        for (String name : texts) {
            String stem = name.replaceAll("\\.txt$", "");
            Path ann = annotationOf.get(stem);
            if (ann == null || articles >= limit) {
                continue;
            }
            articles++;
            String text = Files.readString(compartment.resolve("text").resolve(name), StandardCharsets.UTF_8);
            List<Attribution> gold = read(ann, text);
            Suggestions s = engine.suggest(SuggestionContext.of(text));
            List<TextRange> speakers = s.withLabel("speaker").stream().map(x -> x.key().range()).toList();
            List<TextRange> quotes = s.withLabel("quote").stream().map(x -> x.key().range()).toList();
            List<TextRange> seenSources = new ArrayList<>();
            for (Attribution a : gold) {
                if (!a.speech() || !a.namedSource() || seenSources.contains(a.source().range())) {
                    continue;
                }
                seenSources.add(a.source().range());
                speaker[0]++;
                boolean overlapping = speakers.stream().anyMatch(r -> overlaps(r, a.source().range()));
                if (overlapping) {
                    speaker[1]++;
                }
                if (speakers.contains(a.source().range())) {
                    speaker[2]++;
                } else if (list.equals("speaker")) {
                    System.out.println((overlapping ? "-- BOUND speaker [" : "-- MISS  speaker [") + a.source().text() + "] cue ["
                            + a.cue().text() + "] " + (overlapping ? "ours [" + oursAt(text, speakers, a.source().range()) + "] " : "")
                            + ":: " + context(text, a.source().range()));
                }
            }
            for (TextRange r : speakers) {
                speaker[3]++;
                if (gold.stream().noneMatch(a -> a.source() != null && overlaps(r, a.source().range()))) {
                    speaker[4]++;
                    if (list.equals("speaker")) {
                        System.out.println("-- FALSE speaker [" + text.substring(r.start(), r.end()) + "] :: " + context(text, r));
                    }
                }
            }
            for (Attribution a : gold) {
                if (a.speech() && a.content() != null) {
                    quote[0]++;
                    if (quotes.stream().anyMatch(r -> overlaps(r, a.content().range()))) {
                        quote[1]++;
                    } else if (list.equals("quote")) {
                        System.out.println("-- MISS  quote [" + a.content().text() + "] cue [" + a.cue().text() + "] :: "
                                + context(text, a.content().range()));
                    }
                }
            }
            for (TextRange r : quotes) {
                quote[2]++;
                if (gold.stream().noneMatch(a -> a.content() != null && overlaps(r, a.content().range()))) {
                    quote[3]++;
                    if (list.equals("quote")) {
                        System.out.println("-- FALSE quote [" + text.substring(r.start(), r.end()) + "] :: " + context(text, r));
                    }
                }
            }
            for (var l : s.links()) {
                TextRange q = l.quote().range();
                gold.stream().filter(a -> a.content() != null && a.source() != null && a.namedSource() && overlaps(q, a.content().range()))
                        .findFirst().ifPresent(a -> {
                            link[0]++;
                            if (overlaps(l.speaker().range(), a.source().range())
                                    || sameName(l.speaker().textIn(text), a.source().text())) {
                                link[1]++;
                            } else if (list.equals("link")) {
                                System.out.println("-- LINK  [" + l.speaker().textIn(text) + "] gold [" + a.source().text() + "] :: "
                                        + context(text, q));
                            }
                        });
            }
        }
        System.out.printf("%d articles%n", articles);
        System.out.printf("speaker  gold %d: found %d overlapping (R~ %.2f), %d exact (R %.2f); suggested %d, %d overlap no source (P~ %.2f)%n",
                speaker[0], speaker[1], ratio(speaker[1], speaker[0]), speaker[2], ratio(speaker[2], speaker[0]), speaker[3], speaker[4],
                ratio(speaker[3] - speaker[4], speaker[3]));
        System.out.printf("quote    gold %d: found %d overlapping (R~ %.2f); suggested %d, %d overlap no content (P~ %.2f)%n",
                quote[0], quote[1], ratio(quote[1], quote[0]), quote[2], quote[3], ratio(quote[2] - quote[3], quote[2]));
        System.out.printf("said_by  %d links on a quote with a named gold source, %d to it (%.2f)%n", link[0], link[1], ratio(link[1], link[0]));
    }

    private static boolean sameName(String ours, String gold) {
        String last = ours.replaceAll("[’']s$", "").replaceAll(".* ", "");
        return last.length() > 2 && Character.isUpperCase(last.charAt(0)) && gold.contains(last);
    }

    private static String oursAt(String text, List<TextRange> ranges, TextRange gold) {
        return ranges.stream().filter(r -> overlaps(r, gold)).findFirst().map(r -> text.substring(r.start(), r.end())).orElse("");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static boolean overlaps(TextRange a, TextRange b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String context(String text, TextRange r) {
        int from = Math.max(0, r.start() - 120);
        int to = Math.min(text.length(), r.end() + 80);
        return (text.substring(from, r.start()) + "[[" + text.substring(r.start(), r.end()) + "]]" + text.substring(r.end(), to))
                .replace('\n', ' ');
    }

    private static List<Attribution> read(Path ann, String text) throws IOException {
        Map<String, Part> parts = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 2 && line.startsWith("T")) {
                String[] typeAndRange = cols[1].split(" ", 2);
                String[] pieces = typeAndRange[1].split(";");
                int start = Integer.MAX_VALUE;
                int end = 0;
                for (String piece : pieces) {
                    start = Math.min(start, Integer.parseInt(piece.split(" ")[0]));
                    end = Math.max(end, Integer.parseInt(piece.split(" ")[1]));
                }
                // brat counts code points; the engine, UTF-16 units
                int from = text.offsetByCodePoints(0, start);
                int to = text.offsetByCodePoints(0, end);
                parts.put(cols[0], new Part(new TextRange(from, to), text.substring(from, to)));
            } else if (line.startsWith("E")) {
                events.add(cols[1].split(" "));
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (String[] event : events) {
            Part source = null;
            Part cue = null;
            Part content = null;
            for (String role : event) {
                String[] kv = role.split(":");
                String r = kv[0].replaceAll("\\d+$", "");
                switch (r) {
                    case "Source" -> source = parts.get(kv[1]);
                    case "Cue" -> cue = parts.get(kv[1]);
                    case "Content" -> content = parts.get(kv[1]);
                    default -> {
                    }
                }
            }
            attributions.add(new Attribution(source, cue, content));
        }
        return attributions;
    }
}
