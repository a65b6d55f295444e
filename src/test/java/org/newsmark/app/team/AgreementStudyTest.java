package org.newsmark.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementStudyTest {

    private static final String TEXT = "Paris and Lyon. \"We will win,\" said Marie Curie yesterday in Nice, said Bob.";

    @Test
    void spanF1IsExactAndOverlappingPerLabel() {
        LayeredDocument doc = Layers.of(1, "d", TEXT)
                .layer("ann").span("place", 0, 5).span("place", 10, 14)
                .layer("bob").span("place", 0, 5).span("place", 9, 14).span("place", 63, 67)
                .build();

        PairAgreement pair = AgreementStudy.of(List.of(doc), List.of("ann", "bob"), List.of()).pairs().get(0);

        LabelAgreement place = pair.labels().get("place");
        assertThat(place.f1Exact()).isCloseTo(2.0 * 1 / (2 + 3), within(1e-12));
        // bob scored against ann: precision 2/3 (Nice overlaps nothing), recall 2/2
        assertThat(place.f1Overlap()).isCloseTo(2 * (2.0 / 3) / (2.0 / 3 + 1), within(1e-12));
        assertThat(place.spansA()).isEqualTo(2);
        assertThat(place.spansB()).isEqualTo(3);
        assertThat(pair.saidBy()).isNaN();
        assertThat(pair.documents()).isEqualTo(1);
    }

    @Test
    void saidByCountsExactlySharedAttributedQuotesWithTheSameSpeaker() {
        // quote 16..31, speakers Marie Curie 37..48 and Bob 72..75
        LayeredDocument same = Layers.of(1, "same", TEXT)
                .layer("ann").saidBy(16, 31, 37, 48)
                .layer("bob").saidBy(16, 31, 37, 48).build();
        LayeredDocument other = Layers.of(2, "other", TEXT)
                .layer("ann").saidBy(16, 31, 37, 48)
                .layer("bob").saidBy(16, 31, 72, 75).build();
        LayeredDocument shiftedQuote = Layers.of(3, "shifted", TEXT)
                .layer("ann").saidBy(16, 31, 37, 48)
                .layer("bob").saidBy(17, 30, 37, 48).build();

        AgreementReport report = AgreementStudy.of(List.of(same, other, shiftedQuote), List.of("ann", "bob"), List.of());

        // shared quotes: the first two documents; the third's quotes differ and are not counted
        assertThat(report.pairs().get(0).saidBy()).isEqualTo(0.5);
    }

    @Test
    void anAnnotatorWithoutALayerIsLeftOutNotCountedAsDisagreeing() {
        LayeredDocument twoOfThree = Layers.of(1, "two", TEXT)
                .layer("ann").span("place", 0, 5)
                .layer("bob").span("place", 0, 5).build();
        LayeredDocument allThree = Layers.of(2, "three", TEXT)
                .layer("ann").span("place", 0, 5)
                .layer("bob").span("place", 0, 5)
                .layer("cy").build();

        AgreementReport report = AgreementStudy.of(List.of(twoOfThree, allThree), List.of("ann", "bob", "cy"), List.of());

        assertThat(report.pair("ann", "bob").orElseThrow().documents()).isEqualTo(2);
        assertThat(report.pair("ann", "bob").orElseThrow().labels().get("place").f1Exact()).isEqualTo(1.0);
        assertThat(report.pair("ann", "cy").orElseThrow().documents()).isEqualTo(1);
        assertThat(report.pair("ann", "cy").orElseThrow().labels().get("place").f1Exact()).isEqualTo(0.0);
        assertThat(report.documents()).extracting(DocumentAgreement::pairs).containsExactly(1, 3);
    }

    @Test
    void documentsSortByDisagreementAndUndefinedFiguresAreNull() throws Exception {
        LayeredDocument agreed = Layers.of(1, "agreed", TEXT)
                .layer("ann").span("place", 0, 5).layer("bob").span("place", 0, 5).build();
        LayeredDocument split = Layers.of(2, "split", TEXT)
                .layer("ann").span("place", 0, 5).span("place", 10, 14).layer("bob").span("place", 0, 5).build();
        LayeredDocument apart = Layers.of(3, "apart", TEXT)
                .layer("ann").span("place", 0, 5).layer("bob").span("speaker", 0, 5).build();
        LayeredDocument alone = Layers.of(4, "alone", TEXT).layer("ann").span("place", 0, 5).build();

        AgreementReport report = AgreementStudy.of(List.of(agreed, split, apart, alone), List.of("ann", "bob"), List.of());

        assertThat(report.byDisagreement()).extracting(DocumentAgreement::name)
                .containsExactly("apart", "split", "agreed", "alone");
        assertThat(report.byDisagreement().get(1).disagreement()).isCloseTo(1 - 2.0 / 3, within(1e-12));

        JsonNode json = new ObjectMapper().readTree(AgreementJson.summary(report));
        assertThat(json.get("documents").asInt()).isEqualTo(4);
        JsonNode pair = json.get("pairs").get(0);
        assertThat(pair.get("a").asText()).isEqualTo("ann");
        assertThat(pair.get("b").asText()).isEqualTo("bob");
        assertThat(pair.get("labels").get("place").get("f1_exact").asDouble())
                .isEqualTo(report.pairs().get(0).labels().get("place").f1Exact());
        assertThat(pair.get("labels").get("place").has("f1_overlap")).isTrue();
        assertThat(pair.get("labels").get("place").has("kappa")).isTrue();
        assertThat(pair.get("said_by").isNull()).isTrue();
        assertThat(json.get("alpha_u").get("place").asDouble()).isEqualTo(report.alphaU().get("place"));
        assertThat(json.get("alpha_u").fieldNames()).toIterable().containsExactly("place", "speaker");
        assertThat(json.get("fleiss_kappa").has("speaker")).isTrue();

        JsonNode docs = new ObjectMapper().readTree(AgreementJson.documents(report));
        assertThat(docs.get(0).get("name").asText()).isEqualTo("apart");
        assertThat(docs.get(3).get("disagreement").isNull()).isTrue();
    }

    @Test
    void theSummaryAveragesPairsThatHaveAFigure() {
        LayeredDocument doc = Layers.of(1, "d", TEXT)
                .layer("ann").span("place", 0, 5).saidBy(16, 31, 36, 47)
                .layer("bob").span("place", 0, 5).span("place", 10, 14).saidBy(16, 31, 36, 47)
                .layer("cy").span("place", 10, 14)
                .build();

        AgreementReport report = AgreementStudy.of(List.of(doc), List.of("ann", "bob", "cy"), List.of());

        LabelSummary place = report.summary().stream().filter(s -> s.label().equals("place")).findFirst().orElseThrow();
        // ann-bob 2/3, ann-cy 0, bob-cy 2/3
        assertThat(place.f1Exact()).isCloseTo((2.0 / 3 + 0 + 2.0 / 3) / 3, within(1e-12));
        assertThat(place.alphaU()).isEqualTo(report.alphaU().get("place"));
        assertThat(place.fleissKappa()).isEqualTo(report.fleissKappa().get("place"));
        // only ann and bob share an attributed quote, and agree on its speaker
        assertThat(report.meanSaidBy()).isEqualTo(1.0);
    }

    @Test
    void fixedLabelsLeaveOtherLabelsOut() {
        LayeredDocument doc = Layers.of(1, "d", TEXT)
                .layer("ann").span("place", 0, 5).span("figure", 10, 14)
                .layer("bob").span("place", 0, 5).build();

        AgreementReport report = AgreementStudy.of(List.of(doc), List.of("ann", "bob"), List.of("place"));

        assertThat(report.labels()).containsExactly("place");
        assertThat(report.pairs().get(0).labels()).containsOnlyKeys("place");
        assertThat(report.documents().get(0).disagreement()).isEqualTo(0.0);
    }

    @Test
    void needsTwoDistinctAnnotators() {
        assertThatThrownBy(() -> new AgreementStudy(List.of("ann"), List.of())).hasMessageContaining("2 to 63");
        assertThatThrownBy(() -> new AgreementStudy(List.of("ann", "ann"), List.of())).hasMessageContaining("twice");
    }
}
