package org.newsmark.ui.article;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.app.SpeakerCandidates;
import org.newsmark.model.Label;
import org.newsmark.model.Span;

/** The right-click menu of the article: tag or relabel, attribute to a nearby speaker, propagate, delete. */
final class SpanContextMenu extends ContextMenu {

    SpanContextMenu(WorkbenchViewModel model, AttributionViewModel attribution, ArticleView article) {
        Menu tag = new Menu(model.selectedSpan().isPresent() ? "Relabel as" : "Tag as", new FontIcon(Feather.TAG));
        for (Label label : model.labels()) {
            MenuItem item = new MenuItem(label.name() + (label.hotkey().isEmpty() ? "" : "   (" + label.hotkey() + ")"));
            item.setMnemonicParsing(false); // a label's name is shown as it is, an underscore too
            item.setOnAction(e -> model.apply(label.name(), article.selection()));
            tag.getItems().add(item);
        }
        getItems().add(tag);
        model.selectedSpan().ifPresent(selected -> {
            Menu attribute = new Menu("Attribute to speaker", new FontIcon(Feather.MESSAGE_SQUARE));
            boolean quote = selected.label().equals(AttributionViewModel.QUOTE);
            List<Span> near = !quote ? List.<Span>of() : model.session().map(s -> SpeakerCandidates.near(selected, s.spans(),
                    AttributionViewModel.SPEAKER, AttributionViewModel.MAX_CANDIDATES)).orElse(List.of());
            for (Span speaker : near) {
                String text = model.session().map(s -> speaker.textIn(s.text())).orElse("");
                MenuItem item = new MenuItem(text + "   @" + speaker.start());
                item.setMnemonicParsing(false); // the article's words as they are
                item.setOnAction(e -> model.link(selected, speaker));
                attribute.getItems().add(item);
            }
            attribute.setDisable(near.isEmpty());
            MenuItem unlink = new MenuItem("Remove attribution", new FontIcon(Feather.X_CIRCLE));
            unlink.setOnAction(e -> model.unlink(selected));
            unlink.setDisable(model.session().flatMap(s -> s.attributionOf(selected.id())).isEmpty());
            MenuItem propagate = new MenuItem("Tag other occurrences…  (P)", new FontIcon(Feather.COPY));
            propagate.setOnAction(e -> article.propagate());
            MenuItem delete = new MenuItem("Delete span  (Del)", new FontIcon(Feather.TRASH_2));
            delete.setOnAction(e -> model.deleteSelected());
            getItems().addAll(attribute, unlink, new SeparatorMenuItem(), propagate, delete);
        });
    }
}
