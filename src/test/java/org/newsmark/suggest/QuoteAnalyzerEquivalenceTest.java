package org.newsmark.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;

/**
 * {@link QuoteAnalyzer} looks up the attributions near each quote instead of passing over all of them
 * for every quote: on texts with many quotes and attributions it attributes exactly as the plain passes
 * ({@link QuoteAttributionReference}) do, attribution and reason alike.
 */
class QuoteAnalyzerEquivalenceTest {

    private static final String[] SPEAKERS = {"Yoon", "the minister", "Maria Lopez", "he", "she", "officials",
            "a spokesman for the ministry", "Trump", "police"};
    private static final String[] CUES = {"said", "says", "told reporters", "added", "warned", "noted", "explained"};
    private static final String[] WORDS = ("we will rebuild the city after the storm and nobody will be left behind "
            + "Seoul government troops would leave the region within three days I may do it talks on Friday").split(" ");

    @Test
    void randomTextsWithManyQuotesAndAttributionsAreAttributedAsByThePlainPasses() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            String text = randomArticle(random, 2_000 + random.nextInt(6_000));
            assertSame(text, randomRanges(text, random, random.nextInt(30)), "seed " + seed);
        }
    }

    @Test
    void aLongTextWithThousandsOfQuotesAndAttributionsIsAttributedAsByThePlainPasses() {
        Random random = new Random(7);
        String text = randomArticle(random, 300_000);
        QuoteAnalyzer.Found found = new QuoteAnalyzer().find(text);
        assertTrue(found.direct().size() > 1_000 && found.outer().size() > 1_000,
                found.direct().size() + " direct quotes, " + found.outer().size() + " attributions");
        assertSame(text, randomRanges(text, random, 500), "a 300 KB text");
    }

    @Test
    void wikinewsArticlesAreAttributedAsByThePlainPasses() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/samples/wikinews/wikinews_2019.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String text = r.get("title") + "\n" + r.get("text").strip();
                assertSame(text, randomRanges(text, new Random(r.getRecordNumber()), 5), "article " + r.getRecordNumber());
                all.append(text).append("\n\n");
            }
        }
        assertSame(all.toString(), List.of(), "the articles as one text");
    }

    private static void assertSame(String text, List<TextRange> extra, String what) {
        QuoteAnalyzer analyzer = new QuoteAnalyzer();
        QuoteAnalyzer.Found found = analyzer.find(text);
        List<AttributedQuote> expected = QuoteAttributionReference.attributeAll(text, found, extra);
        List<AttributedQuote> actual = QuoteAnalyzer.attributeAll(text, found, extra);
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", quote " + expected.get(i).quote().of(text));
        }
        assertEquals(expected, analyzer.analyze(text, extra).quotes(), what);
    }

    /** Sentences with quotes in every place the rules look: after, before, inside reported clauses, alone. */
    private static String randomArticle(Random random, int length) {
        StringBuilder text = new StringBuilder("Headline\n");
        while (text.length() < length) {
            String speaker = pick(random, SPEAKERS);
            String cue = pick(random, CUES);
            String who = Character.toUpperCase(speaker.charAt(0)) + speaker.substring(1);
            String q = words(random, 1 + random.nextInt(12));
            String open = random.nextInt(4) == 0 ? "“" : "\"";
            String close = open.equals("“") ? "”" : "\"";
            String gap = punctuation(random, 1 + random.nextInt(8));
            switch (random.nextInt(14)) {
                case 12 -> text.append(open).append(q).append(close).append(gap).append(speaker).append(' ').append(cue).append(". ");
                case 13 -> text.append(who).append(' ').append(cue).append(gap).append(open).append(q).append(close).append(' ');
                case 0 -> text.append(open).append(q).append(",").append(close).append(' ').append(speaker).append(' ').append(cue).append(". ");
                case 1 -> text.append(open).append(q).append(".").append(close).append(' ').append(who).append(' ').append(cue).append(" on Friday. ");
                case 2 -> text.append(who).append(' ').append(cue).append(": ").append(open).append(q).append(".").append(close).append(' ');
                case 3 -> text.append(who).append(' ').append(cue).append(" that ").append(q).append(". ");
                case 4 -> text.append("According to ").append(speaker).append(", ").append(q).append(". ");
                case 5 -> text.append(open).append(q).append(",").append(close).append(' ').append(cue).append(' ').append(speaker)
                        .append(", ").append(open).append(words(random, 6)).append(".").append(close).append(' ');
                case 6 -> text.append("The so-called ").append(open).append(words(random, 2)).append(close).append(" plan ")
                        .append(words(random, 5)).append(". ");
                case 7 -> text.append(open).append("I ").append(cue).append(" we would win,").append(close).append(' ')
                        .append(speaker).append(' ').append(cue).append(". ");
                case 8 -> text.append(open).append(q).append(close).append(" — ").append(speaker).append(' ').append(cue).append(".\n");
                case 9 -> text.append(Character.toUpperCase(q.charAt(0))).append(q.substring(1)).append(".\n\n");
                case 10 -> text.append(who).append(' ').append(cue).append(' ').append(words(random, 4)).append(", ")
                        .append(open).append(q).append(close).append(". ");
                default -> text.append(open).append(Character.toUpperCase(q.charAt(0))).append(q.substring(1)).append('.')
                        .append(close).append(' ');
            }
        }
        return text.toString();
    }

    private static List<TextRange> randomRanges(String text, Random random, int count) {
        List<TextRange> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(text.length() - 1);
            out.add(new TextRange(start, Math.min(text.length(), start + 1 + random.nextInt(200))));
        }
        return out;
    }

    /** Spaces, commas, colons and dashes, as may stand between a quotation mark and its attribution. */
    private static String punctuation(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(" ,:—–-".charAt(random.nextInt(6)));
        }
        return out.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(pick(random, WORDS));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
