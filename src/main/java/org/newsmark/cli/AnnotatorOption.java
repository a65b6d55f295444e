package org.newsmark.cli;

import java.util.Optional;
import org.newsmark.model.Annotator;
import picocli.CommandLine.Option;

/** {@code --annotator NAME}: whose layer a command writes (or reads); this OS user when left out. */
final class AnnotatorOption {

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "whose layer this is (default: the operating-system user name)")
    private String name;

    /** The name given, checked; empty when the option is left out. */
    Optional<Annotator> given() {
        return checked(name);
    }

    /** A name given to an {@code --annotator} option of a command's own, checked; empty when it is null. */
    static Optional<Annotator> checked(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String stripped = name.strip();
        Annotator.problemWith(stripped).ifPresent(p -> {
            throw new BadInputException("--annotator: " + p);
        });
        return Optional.of(new Annotator(stripped));
    }

    /** The name given, else this operating-system user. */
    Annotator resolve() {
        return given().orElseGet(Annotator::osUser);
    }
}
