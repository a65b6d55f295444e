package org.newsmark.ui.article;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.newsmark.model.Span;
import org.newsmark.ui.Plural;

/** Every quote with its speaker; quotes without one stand out. */
public final class QuotesView {

    private final VBox root = new VBox(6);
    private final Label missing = new Label();
    private boolean dirty = true;

    public QuotesView(WorkbenchViewModel model, Consumer<Span> reveal, javafx.beans.value.ObservableBooleanValue showing) {
        FilteredList<Span> quotes = new FilteredList<>(model.spans(), s -> s.label().equals(NavigationViewModel.QUOTE));
        // a hidden list would still rebuild its cells (CSS, layout) for every change of the spans
        ListView<Span> list = new ListView<>(showing.get() ? quotes : FXCollections.emptyObservableList());
        list.setId("quotes");
        list.setCellFactory(v -> new QuoteCell(model));
        list.setPlaceholder(new Label("No quotes tagged yet"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                model.selectedSpanProperty().set(now);
                reveal.accept(now);
            }
        });
        Runnable count = () -> {
            if (!showing.get()) {
                dirty = true;
                return;
            }
            dirty = false;
            java.util.Set<Long> attributed = new java.util.HashSet<>();
            model.session().ifPresent(s -> s.relations().stream()
                    .filter(r -> r.type().equals(org.newsmark.model.Relation.SAID_BY))
                    .forEach(r -> attributed.add(r.fromSpanId())));
            // a later fragment of a discontinuous quote has the speaker of the fragment it is tied to
            model.session().ifPresent(s -> s.relations().stream()
                    .filter(r -> r.type().equals(org.newsmark.model.Relation.FRAGMENT_OF)
                            && attributed.contains(r.toSpanId()))
                    .forEach(r -> attributed.add(r.fromSpanId())));
            long without = quotes.stream().filter(q -> !attributed.contains(q.id())).count();
            missing.setText(Plural.of(quotes.size(), "quote") + ", " + without + " without a speaker");
            missing.getStyleClass().removeAll("warning-text");
            if (without > 0) {
                missing.getStyleClass().add("warning-text");
            }
            list.refresh();
        };
        model.spans().addListener((ListChangeListener<Span>) c -> count.run());
        model.addChangeListener(c -> count.run());
        // only the visible tab does the work; a hidden one catches up when shown
        showing.addListener((o, a, now) -> {
            list.setItems(now ? quotes : FXCollections.emptyObservableList());
            if (now && dirty) {
                count.run();
            }
        });
        if (showing.get()) {
            count.run();
        }
        missing.setId("quotes-summary");
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(missing, list);
        root.setPadding(new Insets(6, 0, 0, 0));
    }

    public Node node() {
        return root;
    }

    private static final class QuoteCell extends ListCell<Span> {
        private final WorkbenchViewModel model;
        private final Label quote = new Label();
        private final Label speaker = new Label();
        private final VBox box = new VBox(2, quote, speaker);

        QuoteCell(WorkbenchViewModel model) {
            this.model = model;
            quote.setWrapText(true);
            quote.getStyleClass().add("quote-text");
            getStyleClass().add("quote-cell");
            setPrefWidth(0);
            quote.maxWidthProperty().bind(widthProperty().subtract(20));
        }

        /**
         * The box's height at the cell's width: asked without a width, the wrapping quote reported the height
         * of one line and was cut to it ("..."), though it is made to wrap.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() != box) {
                return super.computePrefHeight(width);
            }
            double inner = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected void updateItem(Span item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || model.session().isEmpty()) {
                setGraphic(null);
                return;
            }
            String text = model.session().get().text();
            String shown = item.textIn(text).replaceAll("\\s+", " ");
            quote.setText("“" + (shown.length() > 160 ? shown.substring(0, 159) + "…" : shown) + "”");
            speaker.getStyleClass().removeAll("warning-text", "muted");
            org.newsmark.app.DocumentSession session = model.session().get();
            session.speakerOf(item.id()).ifPresentOrElse(s -> {
                speaker.setText("— " + s.textIn(text) + org.newsmark.app.PronounSpeaker.antecedent(session.spans(), text, s)
                        .map(named -> " (" + named.textIn(text).replaceAll("\\s+", " ") + ")").orElse(""));
                speaker.getStyleClass().add("muted");
            }, () -> {
                speaker.setText("⚠ no speaker (select it, press A)");
                speaker.getStyleClass().add("warning-text");
            });
            setGraphic(box);
        }
    }
}
