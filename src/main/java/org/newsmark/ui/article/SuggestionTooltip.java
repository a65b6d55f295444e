package org.newsmark.ui.article;

import java.time.Duration;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanSuggestion;

/** Shows why a suggestion was made when the mouse rests on it: label, reason, recommender and score. */
final class SuggestionTooltip {

    /** Made when first shown: a popup window less to build before the first frame. */
    private Tooltip tooltip;

    private SuggestionTooltip(StyleClassedTextArea area, SuggestionsViewModel suggestions) {
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e ->
                suggestions.at(new TextRange(e.getCharacterIndex(), e.getCharacterIndex())).ifPresent(s -> {
                    if (tooltip == null) {
                        tooltip = new Tooltip();
                        tooltip.setId("suggestion-tooltip");
                    }
                    tooltip.setText(text(s));
                    tooltip.show(area, e.getScreenPosition().getX() + 10, e.getScreenPosition().getY() + 14);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
            if (tooltip != null) {
                tooltip.hide();
            }
        });
    }

    static void attach(StyleClassedTextArea area, SuggestionsViewModel suggestions) {
        new SuggestionTooltip(area, suggestions);
    }

    /** e.g. {@code Suggested place — country name (places, 0.95). Enter accepts, X rejects.} */
    static String text(SpanSuggestion s) {
        return String.format(Locale.ROOT, "Suggested %s — %s (%s, %.2f)%nEnter accepts, X rejects", s.label(),
                s.reason(), s.recommender(), s.score());
    }
}
