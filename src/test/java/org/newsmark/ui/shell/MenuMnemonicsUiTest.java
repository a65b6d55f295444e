package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Every menu of the bar opens with Alt and a letter of its own, and no menu gives two of its items one letter. */
class MenuMnemonicsUiTest extends SeedWindowTest {

    private List<Menu> menus() {
        return onFx(() -> List.copyOf(lookup("#menu-bar").queryAs(MenuBar.class).getMenus()));
    }

    /** The letter after the first underscore that is not doubled ("__" shows one underscore), as the menu parses it. */
    private static Optional<Character> mnemonic(MenuItem item) {
        String text = item.getText();
        if (!item.isMnemonicParsing() || text == null) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return Optional.of(Character.toLowerCase(text.charAt(i + 1)));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    @Test
    void everyMenuHasALetterAndNoMenuRepeatsOneAmongItsItems() {
        List<Menu> menus = menus();
        List<Optional<Character>> bar = menus.stream().map(MenuMnemonicsUiTest::mnemonic).toList();
        assertThat(bar).as("the bar's menus %s", menus.stream().map(MenuItem::getText).toList())
                .allMatch(Optional::isPresent).doesNotHaveDuplicates();
        List<Menu> all = new ArrayList<>(menus);
        for (int i = 0; i < all.size(); i++) {
            Menu menu = all.get(i);
            List<Character> letters = onFx(() -> menu.getItems().stream().map(MenuMnemonicsUiTest::mnemonic)
                    .flatMap(Optional::stream).toList());
            assertThat(letters).as("the letters of %s", menu.getText()).doesNotHaveDuplicates();
            onFx(() -> menu.getItems().stream().filter(Menu.class::isInstance).map(Menu.class::cast).toList())
                    .forEach(all::add);
        }
    }

    @Test
    void altAndAMenusLetterOpensIt() {
        for (Menu menu : menus()) {
            KeyCode letter = KeyCode.getKeyCode(String.valueOf(mnemonic(menu).orElseThrow()).toUpperCase());
            press(KeyCode.ALT).type(letter).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            try {
                // a menu's popup may take a pulse or two more than the key's events to show
                try {
                    WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(menu::isShowing));
                } catch (java.util.concurrent.TimeoutException notShown) {
                    // the assertion below says which menu
                }
                assertThat(onFx(menu::isShowing)).as("Alt+%s opened %s", letter, menu.getText()).isTrue();
            } finally {
                keys(KeyCode.ESCAPE);
            }
            assertThat(onFx(menu::isShowing)).isFalse();
        }
    }
}
