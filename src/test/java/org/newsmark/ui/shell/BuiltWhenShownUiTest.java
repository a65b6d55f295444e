package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;
import org.testfx.util.WaitForAsyncUtils;

/** What is hidden at the first frame (the quotes tab, the find bar, the titles' tooltips) is there once the analyst asks for it. */
class BuiltWhenShownUiTest extends SeedWindowTest {

    @Test
    void clickingTheQuotesTabShowsTheQuotesTaggedBefore() {
        interact(() -> {
            int at = text().indexOf("phased measures");
            window.model().apply("quote", new TextRange(at, at + "phased measures".length()));
        });
        assertThat(lookup("#quotes").tryQuery()).as("not built before it is shown").isEmpty();

        clickOn(lookup("#right-tabs .tab").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<Object> quotes = lookup("#quotes").queryAs(ListView.class);
        assertThat(quotes.getItems()).hasSize(1);
        assertThat(lookup("#quotes-summary").queryAs(Label.class).getText()).isEqualTo("1 quote, 1 without a speaker");
    }

    @Test
    void theFindBarIsThereOnTheFirstCtrlF() {
        assertThat(lookup("#search-bar").queryAs(Node.class).isVisible()).isFalse();

        shortcut(KeyCode.F);
        write("Russia");

        assertThat(lookup("#search-field").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
        assertThat(lookup("#search-summary").queryAs(Label.class).getText()).endsWith("hits");
    }

    @Test
    void aDocumentsTitleShowsInATooltipWhenTheMouseRestsOnIt() throws Exception {
        moveTo(lookup("#documents .list-cell").nth(0).queryAs(Node.class));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> listWindows().stream()
                .anyMatch(w -> w instanceof Tooltip tip && tip.isShowing() && !tip.getText().isEmpty()));
        String shown = listWindows().stream().filter(w -> w instanceof Tooltip tip && tip.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElseThrow();
        String title = lookup("#documents .list-cell .doc-title").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo(title);
    }
}
