package org.newsmark.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;

/**
 * The published worked examples of each coefficient, computed through {@link AgreementStudy}:
 * spans in, figures out.
 */
class PublishedExamplesTest {

    /**
     * Cohen's kappa, the "simple example" of Wikipedia's article "Cohen's kappa"
     * (https://en.wikipedia.org/wiki/Cohen%27s_kappa#Simple_example): 50 items, both say yes to 20,
     * A yes and B no to 5, A no and B yes to 10, both no to 15; p_o = 0.7, p_e = 0.5, kappa = 0.4.
     * Items are tokens, "yes" is inside a span of the label.
     */
    @Test
    void cohensKappaOfWikipediasExample() {
        String text = Layers.tokens(50);
        TextRange bothYes = Layers.tokenRange(text, 0, 19);
        TextRange aOnly = Layers.tokenRange(text, 20, 24);
        TextRange bOnly = Layers.tokenRange(text, 25, 34);
        LayeredDocument doc = Layers.of("cohen", text)
                .layer("A").span("yes", bothYes.start(), bothYes.end()).span("yes", aOnly.start(), aOnly.end())
                .layer("B").span("yes", bothYes.start(), bothYes.end()).span("yes", bOnly.start(), bOnly.end())
                .build();

        AgreementReport report = AgreementStudy.of(List.of(doc), List.of("A", "B"), List.of());

        assertThat(report.pairs()).hasSize(1);
        assertThat(report.pairs().get(0).labels().get("yes").kappa()).isCloseTo(0.4, within(1e-12));
        // with two raters Fleiss' kappa is Scott's pi: p_e = 0.55² + 0.45² = 0.505, (0.7 - 0.505) / 0.495
        assertThat(report.fleissKappa().get("yes")).isCloseTo(0.195 / 0.495, within(1e-12));
    }

    /**
     * Fleiss' kappa, the worked example of Wikipedia's article "Fleiss' kappa"
     * (https://en.wikipedia.org/wiki/Fleiss%27_kappa#Worked_example): 10 subjects, 14 raters,
     * 5 categories; p_j = 0.143, 0.200, 0.279, 0.150, 0.229 and kappa = 0.210. Subjects are tokens,
     * categories are labels, each rater tags every token with one label. Newsmark reports the kappa
     * of each label (present or absent); Fleiss (1971, eq. 16 and the kappa_j of section 4) gives
     * the overall kappa as their mean weighted by p_j(1 - p_j).
     */
    @Test
    void fleissKappaOfWikipediasWorkedExample() {
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        String text = Layers.tokens(10);
        List<String> raters = new ArrayList<>();
        for (int r = 0; r < 14; r++) {
            raters.add("rater" + r);
        }
        Layers layers = Layers.of("fleiss", text);
        raters.forEach(layers::layer);
        for (int subject = 0; subject < 10; subject++) {
            TextRange token = Layers.tokenRange(text, subject, subject);
            int rater = 0;
            for (int category = 0; category < 5; category++) {
                for (int k = 0; k < counts[subject][category]; k++) {
                    layers.layer(raters.get(rater++)).span("c" + (category + 1), token.start(), token.end());
                }
            }
        }

        AgreementReport report = AgreementStudy.of(List.of(layers.build()), raters, List.of("c1", "c2", "c3", "c4", "c5"));

        double[] published = {0.143, 0.200, 0.279, 0.150, 0.229};
        double weighted = 0;
        double weights = 0;
        for (int j = 0; j < 5; j++) {
            double p = report.tokenShare().get("c" + (j + 1));
            assertThat(p).isCloseTo(published[j], within(0.0005));
            weighted += p * (1 - p) * report.fleissKappa().get("c" + (j + 1));
            weights += p * (1 - p);
        }
        assertThat(weighted / weights).isCloseTo(0.210, within(0.0005));
    }

    /**
     * Krippendorff's unitizing alpha, the example of Krippendorff (2004), Content Analysis: An
     * Introduction to Its Methodology, 2nd ed., p. 254 (also DKPro Statistics' test
     * Krippendorff2004Test): two observers, a continuum [150, 450), categories c and k;
     * alpha_u(c) = 0.7286, alpha_u(k) = 1. Here the continuum is a 300-character document, every
     * position shifted by -150 (alpha_u depends on positions only through their differences).
     */
    @Test
    void unitizingAlphaOfKrippendorffs2004Example() {
        LayeredDocument doc = Layers.of("krippendorff", "x".repeat(300))
                .layer("i").span("c", 75, 145).span("c", 220, 250).span("k", 30, 90).span("k", 150, 200)
                .layer("j").span("c", 70, 150).span("c", 205, 225).span("c", 250, 270).span("k", 30, 90).span("k", 150, 200)
                .build();

        AgreementReport report = AgreementStudy.of(List.of(doc), List.of("i", "j"), List.of());

        assertThat(report.alphaU().get("c")).isCloseTo(0.7286, within(0.0001));
        assertThat(report.alphaU().get("k")).isCloseTo(1.0, within(0.0001));
    }
}
