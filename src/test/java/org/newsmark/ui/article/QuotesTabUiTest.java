package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.SeedWindowTest;

/** The quotes tab lists the quotes when it is shown, including those tagged while it was hidden. */
class QuotesTabUiTest extends SeedWindowTest {

    private void tagQuote(String phrase) {
        interact(() -> {
            int at = text().indexOf(phrase);
            window.model().apply("quote", new TextRange(at, at + phrase.length()));
        });
    }

    private void showTab(int index) {
        interact(() -> lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> quotes() {
        return lookup("#quotes").queryAs(ListView.class);
    }

    @Test
    void quotesTaggedWhileTheTabWasHiddenAreListedWhenItIsShown() {
        tagQuote("phased measures");
        showTab(1);
        assertThat(quotes().getItems()).hasSize(1);
        assertThat(lookup("#quotes-summary").queryAs(Label.class).getText()).isEqualTo("1 quote, 1 without a speaker");

        showTab(0);
        tagQuote("rules-based international order");
        showTab(1);

        assertThat(quotes().getItems()).hasSize(2);
        assertThat(lookup("#quotes-summary").queryAs(Label.class).getText()).isEqualTo("2 quotes, 2 without a speaker");
    }

    @Test
    void aLongQuoteWrapsOntoItsLinesInsteadOfBeingCut() {
        String passage = "once again confirm that the security of the Indo-Pacific region and the Atlantic region are inextricably linked";
        tagQuote(passage);
        showTab(1);
        WaitForAsyncUtils.waitForFxEvents();
        Label quote = lookup("#quotes .quote-text").queryAs(Label.class);
        // what the label draws: a quote cut to its first line ends in "..."
        String drawn = onFx(() -> ((javafx.scene.text.Text) quote.lookup(".text")).getText().replace("\n", " "));
        assertThat(drawn).isEqualTo(quote.getText());
        assertThat(onFx(quote::getHeight)).as("more than one line").isGreaterThan(onFx(() -> quote.getFont().getSize() * 2));
    }

    @Test
    void aPronounSpeakerIsShownWithTheNameItStandsFor() {
        selectWithKeys("Yoon Suk Yeol");
        keys(javafx.scene.input.KeyCode.DIGIT1);
        int he = text().indexOf("\" he added") + 2;
        interact(() -> window.model().apply("speaker", new TextRange(he, he + 2)));
        tagQuote("This undermines the rules-based international order");
        interact(() -> {
            var spans = window.model().spans();
            var quote = spans.stream().filter(s -> s.label().equals("quote")).findFirst().orElseThrow();
            var pronoun = spans.stream().filter(s -> s.range().start() == he).findFirst().orElseThrow();
            window.model().link(quote, pronoun);
        });
        showTab(1);

        java.util.List<String> lines = lookup("#quotes .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.startsWith("—")).toList();
        assertThat(lines).containsExactly("— he (Yoon Suk Yeol)");
    }
}
