package org.newsmark.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.newsmark.model.Label;

/**
 * The CSS of the current label scheme: one class family per label ({@code bg-l7}, {@code ul-l7},
 * {@code fg-l7}, and {@code chip-l7}), keyed by label id
 * so renaming a label does not restyle anything. In the dark theme the underline, the text and the chip
 * take the label's colour lightened for the dark page ({@link #drawn}); the background tint keeps its own.
 */
public final class LabelStyles {

    private LabelStyles() {
    }

    public static String key(Label label) {
        return "l" + label.id();
    }

    /** The CSS class of a label's colour chip. */
    public static String chipClass(Label label) {
        return "chip-" + key(label);
    }

    /** The chip class of the label named {@code name}, if the scheme has it. */
    public static java.util.Optional<String> chipClass(List<Label> labels, String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst().map(LabelStyles::chipClass);
    }

    /** Style keys of the given labels by label name, for the highlighter. */
    public static Map<String, String> keysByName(List<Label> labels) {
        Map<String, String> keys = new LinkedHashMap<>();
        labels.forEach(l -> keys.put(l.name(), key(l)));
        return keys;
    }

    /**
     * The colour a label's text, underline, outline and dot are drawn in: its own in the light theme, in
     * the dark one lightened to stand out from the dark page ({@link LabelColours#onDark}).
     */
    public static String drawn(Label label, boolean dark) {
        return dark ? LabelColours.onDark(label.color()) : label.color();
    }

    public static String css(List<Label> labels, boolean dark) {
        StringBuilder css = new StringBuilder();
        double tint = dark ? 0.42 : 0.30;
        for (Label label : labels) {
            Color c = Color.web(label.color());
            String drawn = drawn(label, dark);
            String k = key(label);
            // the background is a tint under text in the theme's colour, not a colour read against the page
            String rgba = String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)",
                    (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                    (int) Math.round(c.getBlue() * 255), tint);
            css.append(".article .text.bg-").append(k).append(" { -rtfx-background-color: ").append(rgba).append("; }\n");
            css.append(".article .text.ul-").append(k).append(" { -rtfx-underline-color: ").append(drawn)
                    .append("; -rtfx-underline-width: 3; -rtfx-underline-cap: butt; }\n");
            css.append(".article .text.fg-").append(k).append(" { -fx-fill: ").append(drawn)
                    .append("; -fx-font-weight: bold; }\n");
            css.append(".chip-").append(k).append(" { -fx-background-color: ").append(drawn).append("; }\n");
        }
        return css.toString();
    }

    /** A stylesheet URL that carries the CSS itself. */
    public static String dataUrl(List<Label> labels, boolean dark) {
        return "data:text/css;base64," + Base64.getEncoder()
                .encodeToString(css(labels, dark).getBytes(StandardCharsets.UTF_8));
    }
}
