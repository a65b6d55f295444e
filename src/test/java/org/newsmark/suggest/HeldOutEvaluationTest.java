package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the standard engine on the hand-annotated Wikinews articles and fails when a score drops below
 * the level reached when the rules were last tuned (minus a small margin). Since the thirteenth round of
 * issue 13 the blind part is "heldout13" (articles of 2024-2026, never looked at while tuning); every older
 * part ("tuning", and the former blind parts "heldout7", "heldout4", "fresh12", "heldout2", which keep
 * their names) is tuned on.
 */
class HeldOutEvaluationTest {

    private static final double MARGIN = 0.03;
    /** The twelfth round's 17 rows, measured blind once as "fresh12" and then tuned on. */
    private static final java.util.Set<String> TWELFTH_ROUND = java.util.Set.of(
            "fan-expo-canada-2019",
            "dinosaurs-flapped-wings-as-they-ran",
            "jolo-cathedral-bombings-mindanao",
            "germany-bans-mahan-air",
            "northern-arapaho-buffalo-herd",
            "stop-the-steal-rally-washington",
            "sea-eye-ship-renamed-alan-kurdi",
            "saudi-oil-facilities-drone-attacks",
            "karol-bagh-hotel-fire",
            "all-women-crew-tippu-express",
            "magnitogorsk-building-collapse",
            "australia-toilet-paper-purchase-limits",
            "carrie-lam-policy-speech-video",
            "dark-web-child-abuse-site-arrests",
            "johnson-prorogation-five-weeks",
            "who-names-coronavirus-disease-covid-19",
            "upside-down-rivers-antarctic-ice-shelves");

    /** The tuning articles added in the sixth round (issue 13). */
    private static final java.util.Set<String> SIXTH_ROUND = java.util.Set.of("california-boat-fire",
            "iran-cargo-plane-karaj", "streatham-knife-attack", "benin-nigeria-join-afcfta", "florida-highway-pileup",
            "pope-francis-abuse-reporting-law");
    /** The twelve articles of the former "heldout" half, tuned on since issue 13. */
    private static final java.util.Set<String> FORMER_HELDOUT = java.util.Set.of("trump-covid-national-emergency",
            "trump-ousts-bolton", "kosgei-chicago-marathon-record", "iraq-parliament-expel-us-troops",
            "who-declares-covid-pandemic", "ecj-facebook-remove-posts-globally", "trump-syria-troop-withdrawal",
            "london-bridge-attack-bystanders", "argentina-abortion-bill", "queen-agrees-suspend-uk-parliament",
            "hong-kong-extradition-bill-withdrawn", "gdansk-mayor-stabbed");
    /** The eight articles of the former "heldout3" part, tuned on since the eighth round of issue 13. */
    private static final java.util.Set<String> FORMER_HELDOUT3 = java.util.Set.of("hungary-acquires-hirtenberger",
            "ebola-two-treatments", "maidan-wardak-car-bomb", "power-plant-pollution-deaths",
            "self-cleaning-toilet-coating", "robert-hunter-dies", "zapata-crosses-channel", "easter-island-statues-water");
    /** The first eight articles of the fifth held-out part, tuned on since the ninth round of issue 13. */
    private static final java.util.Set<String> FORMER_HELDOUT5_FIRST = java.util.Set.of(
            "first-foreigners-die-coronavirus-wuhan", "kaczynski-child-abuse-punishments", "hurricane-dorian-bahamas",
            "water-vapour-exoplanet-k2-18b", "spacex-first-crewed-launch", "house-holds-cabinet-officers-in-contempt",
            "face-coverings-public-transport-england", "fish-defend-coral-reefs");
    /**
     * The ninth round's rows 121, 164, 59, 63, 131, 82, 112, 26 (measured blind once as "heldout6", then tuning);
     * left out of the first five rounds' subset below, whose floors they would otherwise move.
     */
    private static final java.util.Set<String> NINTH_ROUND_F = java.util.Set.of("qandeel-baloch-brother-sentenced",
            "samoa-measles-shutdown", "taiwan-legalizes-same-sex-marriage", "gloria-vanderbilt-dies", "ginger-baker-dies",
            "puerto-rico-vazquez-governor", "de-blasio-ends-campaign", "nevada-majority-female-legislature");
    private static SuggestionEngine engine;

    @BeforeAll
    static void engine() {
        engine = SuggestionEngine.standard(Fixtures.GAZETTEER, new CorpusMemory());
    }

    /** The second held-out part (8 more articles, 2026-12): drawn at random and never looked at while tuning. */
    @Test
    void secondHeldOutPart() {
        Evaluator.Report r = GoldSet.evaluate(engine, GoldSet.split("heldout2"));
        System.out.println("Second held-out part (" + GoldSet.split("heldout2").size() + "):\n" + r.table());
        // eighth round's figure boundaries (issue 13, tuned on the tuning half only): P~/R~ 0.77/0.92 -> 0.84/1.00,
        // exact P/R 0.65/0.83 -> 0.71/0.92
        assertAtLeast(r, Labels.FIGURE, 0.84, 1.00);
        assertThat(r.label(Labels.FIGURE).orElseThrow().exact().precision()).isGreaterThanOrEqualTo(0.71 - MARGIN);
        // the world gazetteer added two false places here (0.90 -> 0.86 precision, recall 0.86 -> 0.90), and the
        // fifth round's name checks took one out again (0.86 -> 0.90); measured, not tuned: this part is never looked at
        assertAtLeast(r, Labels.PLACE, 0.90, 0.90);
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(1.0 - MARGIN);
        assertThat(r.label(Labels.QUOTE).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.90 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.88 - MARGIN);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(0.88 - MARGIN);
    }

    /**
     * The thirteenth round's blind part: articles published 2024-2026, drawn in the order of
     * {@code random.Random(2036).sample(range(295, 344), 49)} and annotated by hand before the suggester was run
     * on them. Loose sanity floors only, far below the first measure: this part is for measuring, never for tuning.
     */
    @Test
    void thirteenthRoundBlindPart() {
        java.util.List<GoldSet.GoldDocument> docs = GoldSet.split("heldout13");
        Evaluator.Report r = GoldSet.evaluate(engine, docs);
        System.out.println("Blind part heldout13 (" + docs.size() + "):\n" + r.table());
        assertThat(docs).hasSizeGreaterThanOrEqualTo(12);
        for (String label : java.util.List.of(Labels.FIGURE, Labels.PLACE, Labels.QUOTE, Labels.SPEAKER)) {
            assertThat(r.label(label).orElseThrow().overlap().f1()).as(label).isGreaterThanOrEqualTo(0.5);
        }
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(0.6);
    }

    /**
     * The fourth held-out part (10 articles drawn at random with seed 2029, eighth round of issue 13), measured blind
     * until the thirteenth round tuned on it: speaker exact F1 0.68 -> 0.80, quote F1~ 0.83 -> 0.87, said_by 46/53 -> 50/56.
     */
    @Test
    void fourthHeldOutPart() {
        Evaluator.Report r = GoldSet.evaluate(engine, GoldSet.split("heldout4"));
        System.out.println("Former fourth held-out part, tuned on (" + GoldSet.split("heldout4").size() + "):\n" + r.table());
        assertThat(GoldSet.split("heldout4")).hasSize(10);
        assertAtLeast(r, Labels.PLACE, 0.99, 0.90);
        assertThat(r.label(Labels.FIGURE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.88 - MARGIN);
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.92 - MARGIN);
        assertThat(r.label(Labels.QUOTE).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.87 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.80 - MARGIN);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(0.89 - MARGIN);
    }

    /**
     * The seventh held-out part (16 articles drawn at random with seed 2033, tenth round of issue 13), measured blind
     * until the thirteenth round tuned on it: speaker exact F1 0.73 -> 0.90, quote F1~ 0.86 -> 0.93, direct quotes
     * 0.92 -> 0.96, said_by 82/93 -> 99/104, place exact F1 0.85 -> 0.87, figure 0.83 -> 0.85.
     */
    @Test
    void seventhHeldOutPart() {
        Evaluator.Report r = GoldSet.evaluate(engine, GoldSet.split("heldout7"));
        System.out.println("Former seventh held-out part, tuned on (" + GoldSet.split("heldout7").size() + "):\n" + r.table());
        assertThat(GoldSet.split("heldout7")).hasSize(16);
        assertThat(r.label(Labels.FIGURE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.85 - MARGIN);
        assertThat(r.label(Labels.PLACE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.87 - MARGIN);
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.96 - MARGIN);
        assertThat(r.label(Labels.QUOTE).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.93 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.90 - MARGIN);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(0.95 - MARGIN);
    }

    /**
     * The third held-out part (8 articles drawn at random with seed 2028, issue 13), annotated by hand before the
     * suggester was run on them and measured blind until the eighth round moved it to the tuning half.
     */
    @Test
    void formerThirdHeldOutPart() {
        java.util.List<GoldSet.GoldDocument> docs = GoldSet.split("tuning").stream()
                .filter(d -> FORMER_HELDOUT3.contains(d.name())).toList();
        Evaluator.Report r = GoldSet.evaluate(engine, docs);
        System.out.println("Former third held-out part, now tuning (" + docs.size() + "):\n" + r.table());
        assertThat(docs).hasSize(8);
        // its last blind measure, before the eighth round tuned on it: exact figure P/R 0.84/0.81, place 0.93/0.79,
        // quote overlap F1 0.76, direct quotes exact F1 0.98, speaker exact F1 0.65, said_by 0.93
        // tuned on in the eighth round: figure exact P/R 0.84/0.81 -> 1.00/0.96 (F1 0.83 -> 0.98)
        assertThat(r.label(Labels.FIGURE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        assertThat(r.label(Labels.PLACE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.85 - MARGIN);
        // the eighth round's quote and speaker rules (h-speak): quote F1~ 0.76 -> 0.90 (exact 0.67 -> 0.85), speaker
        // exact F1 0.65 -> 0.91, said_by 0.93 -> 1.00
        assertThat(r.label(Labels.QUOTE).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.90 - MARGIN);
        assertThat(r.label(Labels.QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.85 - MARGIN);
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.91 - MARGIN);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(1.00 - MARGIN);
    }

    /**
     * The first eight articles of the fifth held-out part (drawn with seed 2031, ninth round of issue 13), annotated by
     * hand before the suggester was run on them, measured blind once and then moved to the tuning half.
     */
    @Test
    void formerFifthHeldOutPartFirstEight() {
        java.util.List<GoldSet.GoldDocument> docs = GoldSet.split("tuning").stream()
                .filter(d -> FORMER_HELDOUT5_FIRST.contains(d.name())).toList();
        Evaluator.Report r = GoldSet.evaluate(engine, docs);
        System.out.println("Former fifth held-out part, first eight, now tuning (" + docs.size() + "):\n" + r.table());
        assertThat(docs).hasSize(8);
        // its blind measure, before the ninth round's rules: quote exact F1 0.79 (F1~ 0.89), direct quotes exact F1
        // 0.93, speaker exact F1 0.77 (F1~ 0.85), said_by 0.89; tuned on in the ninth round (attribution rules):
        // quote exact F1 0.95 (F1~ 0.97), direct quotes 0.98, speaker exact F1 0.95 (F1~ 0.98), said_by 1.00
        assertThat(r.label(Labels.QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.95 - MARGIN);
        assertThat(r.label(Labels.QUOTE).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.97 - MARGIN);
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.95 - MARGIN);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(1.00 - MARGIN);
    }

    @Test
    void tuningHalf() {
        Evaluator.Report all = GoldSet.evaluate(engine, GoldSet.split("tuning"));
        System.out.println("Tuning Wikinews articles (" + GoldSet.split("tuning").size() + "):\n" + all.table());
        // 44 articles since the seventh round (issue 13), the 12 former held-out ones included: figures raised to
        // the new levels (P~ 0.93 -> 0.95, exact F1 0.91 -> 0.94, direct quotes 0.97 -> 0.98); speaker exact F1
        // 0.86 -> 0.84 and said_by 0.93 -> 0.92 are the enlarged set's values (before this round's rules: 0.82
        // and 0.89), not a loss
        // eighth round's figure boundaries (52 articles, ten gold figures added): P~/R~ 0.96/0.96 -> 0.99/0.99,
        // exact P/R 0.90/0.91 -> 0.99/0.98 (F1 0.91 -> 0.98)
        assertAtLeast(all, Labels.FIGURE, 0.99, 0.99);
        assertAtLeast(all, Labels.PLACE, 0.95, 0.93);
        assertThat(all.label(Labels.FIGURE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        assertThat(all.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        // issue 13's reports round (findings of studies and teams, Per, passive reports): quote F1~ 0.94 -> 0.95,
        // speaker exact F1 0.85 -> 0.86, F1~ 0.89 -> 0.91, said_by 0.92 -> 0.93. With the former heldout3 part
        // (52 articles, eighth round) the same rules give figure exact F1 0.91 (floor lowered from 0.94 to that), quote F1~ 0.93, speaker exact F1 0.84,
        // F1~ 0.89, said_by 0.93: within the margin of every floor here
        // the eighth round's quote and speaker rules (h-speak, 52 articles): quote exact F1 0.86 -> 0.90, F1~ 0.93 ->
        // 0.95, speaker exact F1 0.84 -> 0.89, F1~ 0.89 -> 0.92, said_by 0.93 -> 0.95
        // the ninth round (60 articles, the first eight heldout5 ones added: quote exact F1 0.89, F1~ 0.95, speaker
        // exact F1 0.88, F1~ 0.91, said_by 0.94 before its rules): quote exact F1 0.92, F1~ 0.97, speaker exact F1
        // 0.91, F1~ 0.93, said_by 0.95
        assertThat(all.label(Labels.QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.92 - MARGIN);
        assertThat(all.label(Labels.QUOTE).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.97 - MARGIN);
        assertThat(all.label(Labels.SPEAKER).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.91 - MARGIN);
        assertThat(all.label(Labels.SPEAKER).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.93 - MARGIN);
        assertThat(all.linkAccuracy()).isGreaterThanOrEqualTo(0.95 - MARGIN);
        // the 26 articles of the first five rounds keep the levels reached on them
        Evaluator.Report r = GoldSet.evaluate(engine, GoldSet.split("tuning").stream()
                .filter(d -> !SIXTH_ROUND.contains(d.name()) && !FORMER_HELDOUT.contains(d.name())
                        && !FORMER_HELDOUT3.contains(d.name()) && !NINTH_ROUND_F.contains(d.name())
                        && !FORMER_HELDOUT5_FIRST.contains(d.name()) && !TWELFTH_ROUND.contains(d.name())).toList());
        assertAtLeast(r, Labels.FIGURE, 0.99, 0.98);
        assertAtLeast(r, Labels.PLACE, 0.97, 0.96);
        assertThat(r.label(Labels.FIGURE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.97 - MARGIN);
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        assertThat(r.label(Labels.QUOTE).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.96 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.90 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().overlap().f1()).isGreaterThanOrEqualTo(0.91 - MARGIN);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(0.92 - MARGIN);
    }

    /** The twelve articles of the former held-out half, tuned on since issue 13. */
    @Test
    void formerHeldOutHalf() {
        Evaluator.Report r = GoldSet.evaluate(engine, GoldSet.split("tuning").stream()
                .filter(d -> FORMER_HELDOUT.contains(d.name())).toList());
        System.out.println("Former held-out articles, now tuning (" + FORMER_HELDOUT.size() + "):\n" + r.table());
        assertThat(GoldSet.split("tuning").stream().filter(d -> FORMER_HELDOUT.contains(d.name()))).hasSize(12);
        // before the seventh round's rules: figure exact P/R 0.84/0.88, direct quotes 0.95/0.94, speaker F1 0.72,
        // said_by 0.81
        Evaluator.Counts figures = r.label(Labels.FIGURE).orElseThrow().exact();
        assertThat(figures.precision()).isGreaterThanOrEqualTo(1.00 - MARGIN);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.98 - MARGIN);
        assertThat(r.label(Labels.SPEAKER).orElseThrow().exact().f1()).isGreaterThanOrEqualTo(0.82 - MARGIN);
        assertThat(r.linkAccuracy()).isGreaterThanOrEqualTo(0.90 - MARGIN);
    }

    /** Overlap precision and recall of a label. */
    private static void assertAtLeast(Evaluator.Report r, String label, double precision, double recall) {
        Evaluator.Counts c = r.label(label).orElseThrow().overlap();
        assertThat(c.precision()).as(label + " precision").isGreaterThanOrEqualTo(precision - MARGIN);
        assertThat(c.recall()).as(label + " recall").isGreaterThanOrEqualTo(recall - MARGIN);
    }
}
