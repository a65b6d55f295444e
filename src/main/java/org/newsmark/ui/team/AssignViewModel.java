package org.newsmark.ui.team;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.model.Annotator;

/**
 * Team → Assign…: who annotates, how many annotators per document and what share of documents they
 * share, as the command line's {@code assign} takes them; the store is written on a background thread.
 */
public final class AssignViewModel {

    private final StringProperty annotators = new SimpleStringProperty("");
    private final IntegerProperty perDocument = new SimpleIntegerProperty(1);
    private final StringProperty overlap = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public AssignViewModel() {
        annotators.addListener((o, a, b) -> check());
        perDocument.addListener((o, a, b) -> check());
        overlap.addListener((o, a, b) -> check());
        check();
    }

    public StringProperty annotatorsProperty() {
        return annotators;
    }

    public IntegerProperty perDocumentProperty() {
        return perDocument;
    }

    /** Empty: every document gets {@link #perDocumentProperty()} annotators; else a percentage such as {@code 20%}. */
    public StringProperty overlapProperty() {
        return overlap;
    }

    /** Why the assignment cannot be made as it stands; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public List<String> names() {
        return Arrays.stream(annotators.get().split(",")).map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    public Optional<Double> overlapShare() {
        String text = overlap.get().strip().replace("%", "").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(text));
    }

    private void check() {
        problem.set(findProblem().orElse(""));
    }

    private Optional<String> findProblem() {
        List<String> names = names();
        if (names.isEmpty()) {
            return Optional.of("Name at least one annotator, separated by commas");
        }
        for (String name : names) {
            Optional<String> wrong = Annotator.problemWith(name);
            if (wrong.isPresent()) {
                return Optional.of("'" + name + "': " + wrong.get());
            }
        }
        if (perDocument.get() < 1 || perDocument.get() > names.size()) {
            return Optional.of("Annotators per document must be between 1 and " + names.size());
        }
        try {
            Optional<Double> share = overlapShare();
            if (share.isPresent() && (share.get() < 0 || share.get() > 100)) {
                return Optional.of("The shared part is a percentage from 0% to 100%");
            }
        } catch (NumberFormatException e) {
            return Optional.of("The shared part is a percentage such as 20%");
        }
        return Optional.empty();
    }

    /** Stores the assignment with {@code assign} on {@code background}; the future holds the plan. */
    public CompletableFuture<Map<Long, List<String>>> assign(AssignAction assign, Executor background) {
        if (!problem.get().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem.get()));
        }
        List<String> names = names();
        int perDoc = perDocument.get();
        Optional<Double> share = overlapShare();
        return CompletableFuture.supplyAsync(() -> assign.assign(names, perDoc, share), background);
    }

    /** What stores an assignment: the app's {@code Assignments.assign}. */
    @FunctionalInterface
    public interface AssignAction {
        Map<Long, List<String>> assign(List<String> annotators, int perDocument, Optional<Double> overlapPercent);
    }
}
