package org.newsmark.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the label scheme.
 *
 * @param id       database id, 0 before the label is stored
 * @param name     unique name, no whitespace (brat and CoNLL cannot carry spaces)
 * @param color    {@code #rrggbb}
 * @param hotkey   a single key character, empty when the label has none
 * @param position order in the label bar
 */
public record Label(long id, String name, String color, String hotkey, int position) {

    private static final Pattern NAME = Pattern.compile("[^\\s]+");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Label {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hotkey, "hotkey");
        if (!isValidName(name)) {
            throw new IllegalArgumentException("label name must be non-empty without spaces: '" + name + "'");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("label colour must be #rrggbb: " + color);
        }
        if (hotkey.length() > 1) {
            throw new IllegalArgumentException("hotkey must be one character: " + hotkey);
        }
    }

    /** Whether {@code name} can name a label: not empty, no whitespace. */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    public static Label of(String name, String color, String hotkey, int position) {
        return new Label(0, name, color, hotkey, position);
    }

    public Optional<String> hotkeyIfAny() {
        return hotkey.isEmpty() ? Optional.empty() : Optional.of(hotkey);
    }

    public Label withId(long newId) {
        return new Label(newId, name, color, hotkey, position);
    }

    public Label withName(String newName) {
        return new Label(id, newName, color, hotkey, position);
    }

    public Label withColor(String newColor) {
        return new Label(id, name, newColor, hotkey, position);
    }

    public Label withHotkey(String newHotkey) {
        return new Label(id, name, color, newHotkey, position);
    }

    public Label withPosition(int newPosition) {
        return new Label(id, name, color, hotkey, newPosition);
    }
}
