package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cheap pre-scan before the figure regex must not lose a single match of a full regex scan. */
class FigurePrescanTest {

    private static final String SHAPES = "About 12,000 troops, roughly 1.5 million people, 45 % of voters, $3 billion, "
            + "US$5, HK$ 20, Rs. 400, €7m, two-thirds of the members, twelve days, between $5 and $7 billion, "
            + "6% to 11%, some 300 soldiers, more than half, a dozen eggs, tens of thousands of deaths, Several "
            + "hundred, an estimated 40, a total of 9, at least 3, up to 7, close to 80, as many as 20, "
            + "fewer than 10, less than 5 per cent, 2:01:39, at 10:30 a.m., 7 pm, 1 hour 59 minutes 40.2 seconds. "
            // the words that open a figure only as part of a phrase, beside the same words opening none
            + "In excess of 40 in the city, NOT MORE THAN 6 not now, no fewer than 9 no one, all but 3 all of them, "
            + "upwards of 200 people up there, plus or minus 2 plus tax, once a week, twice an hour, once again, "
            + "told us US$40, many tens of thousands many people, several dozen several times, a few hundred few of them, "
            + "as little as 4 as well, at most 8 at home, close to 9 close by, a third of voters, a man, A Quarter, "
            + "an hour, an hourglass, a factor of 3, an average of 7, a couple of hundred, a-half, a year ago, a plan, "
            + "A$5 million, a$7, Congreſs aſ follows, İn excess.";

    @Test
    void prescannedFigureMatchesEqualAFullScan() {
        Stream.concat(Stream.of(SHAPES), GoldSet.load().stream().map(GoldSet.GoldDocument::text)).forEach(text -> {
            assertThat(prescanned(FigurePatterns.FIGURE, text)).isEqualTo(fullScan(FigurePatterns.FIGURE, text));
        });
    }

    @Test
    void theShapesAreFound() {
        assertThat(prescanned(FigurePatterns.FIGURE, SHAPES)).hasSizeGreaterThan(48);
    }

    private static List<String> prescanned(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        AnchoredScan.forEachMatchAt(p, text, FigurePatterns.starts(text), i -> true,
                m -> out.add(m.start() + ":" + m.group()));
        return out;
    }

    private static List<String> fullScan(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
