package org.newsmark.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.newsmark.model.TextRange;

/**
 * The kappas Newsmark works out from token counts, and its faster α_u expected disagreement, give
 * DKPro Statistics' own values on random annotations.
 */
class AgreementAgainstDkproTest {

    @Property(tries = 60)
    void tokenKappasAreDkprosOnEveryToken(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int raters) {
        Random random = new Random(seed);
        int tokenCount = 20 + random.nextInt(60);
        String text = Layers.tokens(tokenCount);
        boolean[][] marked = new boolean[raters][tokenCount];
        List<String> names = new ArrayList<>();
        Layers layers = Layers.of("random", text);
        double density = 0.1 + 0.6 * random.nextDouble();
        for (int r = 0; r < raters; r++) {
            names.add("r" + r);
            layers.layer("r" + r);
            int t = 0;
            while (t < tokenCount) { // runs of marked tokens become spans of one to three tokens
                if (random.nextDouble() < density) {
                    int last = Math.min(tokenCount - 1, t + random.nextInt(3));
                    TextRange range = Layers.tokenRange(text, t, last);
                    layers.span("x", range.start(), range.end());
                    for (int i = t; i <= last; i++) {
                        marked[r][i] = true;
                    }
                    t = last + 2;
                } else {
                    t++;
                }
            }
        }
        AgreementReport report = AgreementStudy.of(List.of(layers.build()), names, List.of("x"));

        for (PairAgreement pair : report.pairs()) {
            int a = names.indexOf(pair.a());
            int b = names.indexOf(pair.b());
            CodingAnnotationStudy study = new CodingAnnotationStudy(2);
            for (int t = 0; t < tokenCount; t++) {
                study.addItem(marked[a][t], marked[b][t]);
            }
            double expected = study.getCategoryCount() < 2 ? Double.NaN : new CohenKappaAgreement(study).calculateAgreement();
            assertSame(pair.labels().get("x").kappa(), expected);
        }
        CodingAnnotationStudy all = new CodingAnnotationStudy(raters);
        for (int t = 0; t < tokenCount; t++) {
            Object[] codes = new Object[raters];
            for (int r = 0; r < raters; r++) {
                codes[r] = marked[r][t];
            }
            all.addItemAsArray(codes);
        }
        double fleiss = all.getCategoryCount() < 2 ? Double.NaN : new FleissKappaAgreement(all).calculateAgreement();
        assertSame(report.fleissKappa().get("x"), fleiss);
    }

    private static void assertSame(double actual, double expected) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, within(1e-9));
        }
    }

    @Property(tries = 100)
    void fastExpectedDisagreementIsDkpros(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int raters) {
        Random random = new Random(seed);
        int length = 50 + random.nextInt(500);
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
        for (int r = 0; r < raters; r++) {
            for (String category : List.of("a", "b")) {
                int pos = random.nextInt(10);
                while (pos < length - 1) {
                    int len = 1 + random.nextInt(Math.min(40, length - pos));
                    study.addUnit(pos, len, r, category);
                    pos += len + random.nextInt(60);
                }
            }
        }
        for (String category : List.of("a", "b")) {
            double dkpro = new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement(category);
            double fast = new UnitizingAlpha.Alpha(study).calculateCategoryAgreement(category);
            assertThat(fast).isCloseTo(dkpro, within(1e-9));
        }
    }
}
