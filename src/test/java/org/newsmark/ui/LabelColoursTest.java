package org.newsmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsmark.app.DefaultScheme;
import org.newsmark.model.Label;

/** Label colours on the dark page: each reads as text (4.5:1) and as a line or a dot (3:1), in its own hue. */
class LabelColoursTest {

    private static final List<Label> DEFAULTS = DefaultScheme.load().scheme().labels();

    /** The default labels' colours and the spare ones labels added later are given, in order. */
    private static List<String> palette() {
        DefaultScheme scheme = DefaultScheme.load();
        List<String> all = new ArrayList<>();
        IntStream.range(0, DEFAULTS.size() + 8).mapToObj(scheme::colorFor).distinct().forEach(all::add);
        return all;
    }

    @Test
    void theContrastRatioIsWcags() {
        assertThat(LabelColours.contrast("#000000", "#FFFFFF")).isCloseTo(21.0, within(1e-9));
        assertThat(LabelColours.contrast("#FFFFFF", "#000000")).isCloseTo(21.0, within(1e-9));
        assertThat(LabelColours.contrast("#0d1117", "#0D1117")).isCloseTo(1.0, within(1e-9));
        // WebAIM's checker: #767676 on white is 4.54:1, the lightest grey that passes AA
        assertThat(LabelColours.contrast("#767676", "#FFFFFF")).isCloseTo(4.54, within(0.005));
    }

    @Test
    void eachDefaultLabelReadsAsTextOnTheDarkPageAndAsADotOnItsBars() {
        assertThat(DEFAULTS).extracting(Label::name).containsExactly("speaker", "quote", "figure", "place");
        for (Label label : DEFAULTS) {
            String dark = LabelColours.onDark(label.color());
            assertThat(LabelColours.contrast(dark, LabelColours.DARK_PAGE)).as("%s %s as text on the page", label.name(), dark)
                    .isGreaterThanOrEqualTo(LabelColours.TEXT_CONTRAST);
            assertThat(LabelColours.contrast(dark, LabelColours.DARK_SUBTLE)).as("%s %s as a dot on the status bar", label.name(), dark)
                    .isGreaterThanOrEqualTo(LabelColours.GRAPHIC_CONTRAST);
            assertThat(LabelColours.hue(dark)).as("%s keeps its hue", label.name())
                    .isCloseTo(LabelColours.hue(label.color()), within(1.0));
            assertThat(LabelColours.lightness(dark)).as("%s is never darkened", label.name())
                    .isGreaterThanOrEqualTo(LabelColours.lightness(label.color()) - 1e-9);
        }
    }

    @Test
    void theSpeakersBlueFailedAndIsLightenedJustEnoughTheOthersPassedAndStayAsTheyAre() {
        assertThat(LabelColours.contrast("#0072B2", LabelColours.DARK_PAGE)).as("the fault: 3.6:1").isCloseTo(3.65, within(0.01));
        String speaker = LabelColours.onDark("#0072B2");
        assertThat(speaker).isEqualTo("#2182C3");
        assertThat(LabelColours.contrast(speaker, LabelColours.DARK_PAGE)).isBetween(4.5, 4.7);

        assertThat(LabelColours.onDark("#E69F00")).isEqualTo("#E69F00");
        assertThat(LabelColours.onDark("#009E73")).isEqualTo("#009E73");
        assertThat(LabelColours.onDark("#CC79A7")).isEqualTo("#CC79A7");
    }

    @Test
    void everyColourALabelAddedLaterIsGivenReadsOnTheDarkPage() {
        for (String colour : palette()) {
            String dark = LabelColours.onDark(colour);
            assertThat(LabelColours.contrast(dark, LabelColours.DARK_PAGE)).as("%s as %s", colour, dark)
                    .isGreaterThanOrEqualTo(LabelColours.TEXT_CONTRAST);
            if (!colour.equals("#999999")) {   // grey has no hue to keep
                assertThat(LabelColours.hue(dark)).as(colour).isCloseTo(LabelColours.hue(colour), within(1.0));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        // a user's colours from the scheme editor: Tol's indigo, wine and green, a pure blue, a navy
        "#332288", "#882255", "#117733", "#0000FF", "#1F1F7A", "#6600CC"})
    void aDarkUserColourIsLightenedInItsHueUntilItReadsOnThePage(String colour) {
        assertThat(LabelColours.contrast(colour, LabelColours.DARK_PAGE)).as("fails as given").isLessThan(LabelColours.TEXT_CONTRAST);

        String dark = LabelColours.onDark(colour);

        assertThat(dark).matches("#[0-9A-F]{6}").isNotEqualTo(colour);
        assertThat(LabelColours.contrast(dark, LabelColours.DARK_PAGE)).isGreaterThanOrEqualTo(LabelColours.TEXT_CONTRAST)
                .as("no lighter than it needs").isLessThan(4.8);
        assertThat(LabelColours.lightness(dark)).isGreaterThan(LabelColours.lightness(colour));
        assertThat(LabelColours.hue(dark)).isCloseTo(LabelColours.hue(colour), within(1.0));
    }

    @Test
    void aColourWithNoHueBecomesALighterGreyAndTheTargetIsReachedAtWorstInWhite() {
        String black = LabelColours.onDark("#000000");
        assertThat(black.substring(1, 3)).isEqualTo(black.substring(3, 5)).isEqualTo(black.substring(5, 7));
        assertThat(LabelColours.contrast(black, LabelColours.DARK_PAGE)).isGreaterThanOrEqualTo(LabelColours.TEXT_CONTRAST);
        assertThat(LabelColours.lightened("#000000", "#000000", 21)).isEqualTo("#FFFFFF");
    }

    @Test
    void onlyHexColoursAreRead() {
        assertThatThrownBy(() -> LabelColours.onDark("blue")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelColours.onDark("#07B")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLightThemesCssIsTheLabelsOwnColoursTheDarkThemesTheLightenedOnes() {
        List<Label> stored = DEFAULTS.stream().map(l -> l.withId(l.position() + 1L)).toList();
        String light = LabelStyles.css(stored, false);
        String dark = LabelStyles.css(stored, true);
        for (Label label : stored) {
            String k = LabelStyles.key(label);
            assertThat(light).contains(".ul-" + k + " { -rtfx-underline-color: " + label.color() + ";")
                    .contains(".fg-" + k + " { -fx-fill: " + label.color() + ";")
                    .contains(".chip-" + k + " { -fx-background-color: " + label.color() + ";");
            String drawn = LabelColours.onDark(label.color());
            assertThat(dark).contains(".ul-" + k + " { -rtfx-underline-color: " + drawn + ";")
                    .contains(".fg-" + k + " { -fx-fill: " + drawn + ";")
                    .contains(".chip-" + k + " { -fx-background-color: " + drawn + ";");
        }
        assertThat(dark).as("the tint under the text keeps the label's own colour")
                .contains("rgba(0,114,178,0.42)").doesNotContain("#0072B2");
        assertThat(light).contains("rgba(0,114,178,0.30)");
    }
}
