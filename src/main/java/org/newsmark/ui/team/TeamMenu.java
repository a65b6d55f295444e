package org.newsmark.ui.team;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.app.Assignments;
import org.newsmark.app.CurationSession;
import org.newsmark.app.StatisticsReport;
import org.newsmark.app.TeamAgreement;
import org.newsmark.app.Workspace;
import org.newsmark.app.team.CurationPolicy;
import org.newsmark.model.Label;
import org.newsmark.ui.LabelStyles;

/** The window's Team menu: Assign documents…, Agreement…, Curate this document…, Statistics…; the store is read and written on {@code background}. */
public final class TeamMenu {

    private final Workspace workspace;
    private final Executor background;
    private final Supplier<Window> owner;
    private final Supplier<Optional<Long>> openDocument;
    private final ObservableList<Label> labels;
    private final Consumer<String> say;
    private Runnable afterAssigning = () -> { };

    public TeamMenu(Workspace workspace, Executor background, Supplier<Window> owner, Supplier<Optional<Long>> openDocument,
                    ObservableList<Label> labels, Consumer<String> say) {
        this.workspace = workspace;
        this.background = background;
        this.owner = owner;
        this.openDocument = openDocument;
        this.labels = labels;
        this.say = say;
    }

    /** What to do once documents were (re)assigned, e.g. reload the document list. */
    public TeamMenu whenAssigned(Runnable action) {
        this.afterAssigning = action;
        return this;
    }

    /** Team → Assign…: the form, then the assignment stored off the screen's thread. */
    public void assign() {
        AssignViewModel model = new AssignViewModel();
        if (!AssignDialog.ask(owner.get(), model)) {
            return;
        }
        model.assign(new Assignments(workspace)::assign, background).whenCompleteAsync((plan, failure) -> {
            if (failure != null) {
                say.accept("Not assigned: " + Optional.ofNullable(failure.getCause()).orElse(failure).getMessage());
                return;
            }
            long shared = plan.values().stream().filter(l -> l.size() > 1).count();
            say.accept(plan.size() + " documents assigned to " + model.names().size() + " annotators, " + shared
                    + " of them to more than one");
            afterAssigning.run();
        }, Platform::runLater);
    }

    public Menu menu() {
        // icons as in the other menus: without them the items' text started a column left of every other menu's
        MenuItem agreement = new MenuItem("A_greement…", new FontIcon(Feather.GRID));
        agreement.setId("menu-agreement");
        agreement.setOnAction(e -> agreement());
        MenuItem curate = new MenuItem("_Curate this document…", new FontIcon(Feather.GIT_MERGE));
        curate.setId("menu-curate");
        curate.setOnAction(e -> openDocument.get().ifPresentOrElse(this::curate, () -> say.accept("Open a document to curate it")));
        MenuItem statistics = new MenuItem("_Statistics…", new FontIcon(Feather.BAR_CHART_2));
        statistics.setId("menu-statistics");
        statistics.setOnAction(e -> statistics());
        MenuItem assign = new MenuItem("_Assign documents…", new FontIcon(Feather.USERS));
        assign.setId("menu-assign");
        assign.setOnAction(e -> assign());
        Menu menu = new Menu("_Team", null, assign, agreement, curate, statistics);
        menu.setId("menu-team");
        return menu;
    }

    public Stage agreement() {
        AgreementViewModel model = new AgreementViewModel();
        Stage stage = AgreementView.show(owner.get(), new AgreementView(model, this::curate));
        model.load(() -> TeamAgreement.of(workspace), background, Platform::runLater);
        return stage;
    }

    public Stage statistics() {
        StatisticsViewModel model = new StatisticsViewModel();
        Stage stage = StatisticsView.show(owner.get(), model, name -> LabelStyles.chipClass(labels, name));
        model.load(() -> StatisticsReport.of(workspace), background, Platform::runLater);
        return stage;
    }

    /** Aligns the document's layers off the screen's thread, then opens its curation. */
    public CompletableFuture<Void> curate(long documentId) {
        say.accept("Aligning the annotators' layers…");
        return CompletableFuture.supplyAsync(() -> CurationSession.start(workspace, documentId, CurationPolicy.unanimous()),
                background).handleAsync((session, failure) -> {
                    if (failure != null) {
                        say.accept("Could not start the curation: " + Optional.ofNullable(failure.getCause()).orElse(failure).getMessage());
                    } else {
                        List<String> names = labels.stream().map(Label::name).toList();
                        CurationView.show(owner.get(), new CurationView(new CurationViewModel(session),
                                LabelStyles.keysByName(labels), names)).setOnHidden(e -> session.close());
                        say.accept("");
                    }
                    return null;
                }, Platform::runLater);
    }
}
