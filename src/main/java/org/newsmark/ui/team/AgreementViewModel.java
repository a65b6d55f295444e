package org.newsmark.ui.team;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.DocumentAgreement;
import org.newsmark.app.team.LabelAgreement;

/** The agreement view's state: the team's report once read, the label the matrix shows, and the cells. */
public final class AgreementViewModel {

    private final ReadOnlyObjectWrapper<Optional<AgreementReport>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<String> label = new SimpleObjectProperty<>("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Comparing the annotators' layers…");

    /** Reads the report on {@code background}, publishes it on {@code screen}; empty: fewer than two annotators. */
    public CompletableFuture<Void> load(Supplier<Optional<AgreementReport>> read, Executor background, Executor screen) {
        return CompletableFuture.supplyAsync(read, background).handleAsync((r, failure) -> {
            if (failure != null) {
                message.set("Could not compare the layers: " + Optional.ofNullable(failure.getCause()).orElse(failure).getMessage());
            } else {
                show(r);
            }
            return null;
        }, screen);
    }

    public void show(Optional<AgreementReport> r) {
        report.set(r);
        r.ifPresentOrElse(x -> {
            label.set(x.labels().isEmpty() ? "" : x.labels().get(0));
            message.set(x.annotators().size() + " annotators, " + x.documents().size() + " documents");
        }, () -> message.set("Agreement needs the layers of at least two annotators"));
    }

    public ReadOnlyObjectProperty<Optional<AgreementReport>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObjectProperty<String> labelProperty() {
        return label;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<String> annotators() {
        return report.get().map(AgreementReport::annotators).orElse(List.of());
    }

    public List<String> labels() {
        return report.get().map(AgreementReport::labels).orElse(List.of());
    }

    /** The figures of two annotators on the chosen label; empty on the diagonal. */
    public Optional<LabelAgreement> cell(String a, String b) {
        return a.equals(b) ? Optional.empty()
                : report.get().flatMap(r -> r.pair(a, b)).map(p -> p.labels().get(label.get()))
                .map(x -> report.get().get().pair(a, b).get().a().equals(a) ? x : swapped(x));
    }

    /** The cell's text: F1 exact and Cohen's κ, "–" where undefined. */
    public String cellText(String a, String b) {
        return a.equals(b) ? "—" : cell(a, b).map(c -> "F1 " + figure(c.f1Exact()) + "\nκ " + figure(c.kappa())).orElse("");
    }

    public List<DocumentAgreement> documents() {
        return report.get().map(AgreementReport::byDisagreement).orElse(List.of());
    }

    static String figure(double v) {
        return Double.isNaN(v) ? "–" : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private static LabelAgreement swapped(LabelAgreement x) {
        return new LabelAgreement(x.f1Exact(), x.f1Overlap(), x.kappa(), x.spansB(), x.spansA());
    }
}
