package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About names the data Newsmark ships and the credit its licences ask for. */
class AboutBoxUiTest extends SeedWindowTest {

    @Test
    void theAboutBoxCreditsGeoNamesAndWikinews() {
        clickOn("Help");
        clickOn("About Newsmark");
        WaitForAsyncUtils.waitForFxEvents();

        String text = lookup("#about-text").queryAs(Label.class).getText();
        assertThat(text).contains("GeoNames (www.geonames.org), CC BY 4.0").contains("Wikinews").contains("CC BY 2.5");
        type(KeyCode.ENTER);
    }
}
