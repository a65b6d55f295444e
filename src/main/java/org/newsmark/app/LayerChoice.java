package org.newsmark.app;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Span;

/**
 * Which annotator's layer of each document an export writes: the one asked for, else per document the
 * first of {@code gold}, the reader's own and {@code default} that the document has, else its only
 * layer (a layer here: an annotator with spans on the document). A document with several layers and none of those is written without annotations and counted.
 */
final class LayerChoice {

    private final Optional<String> asked;
    private final List<String> preferred;
    private int undecided;

    private LayerChoice(Optional<String> asked, List<String> preferred) {
        this.asked = asked;
        this.preferred = preferred;
    }

    static LayerChoice of(Optional<String> asked, Annotator reader) {
        return new LayerChoice(asked, Stream.of(Annotator.GOLD, reader.name(), Annotator.DEFAULT).distinct().toList());
    }

    /** The layer to write of a document holding these layers, if any. */
    Optional<String> layerOf(Set<String> layers) {
        if (asked.isPresent()) {
            return asked;
        }
        Optional<String> first = preferred.stream().filter(layers::contains).findFirst();
        if (first.isPresent()) {
            return first;
        }
        if (layers.size() == 1) {
            return Optional.of(layers.iterator().next());
        }
        if (layers.size() > 1) {
            undecided++;
        }
        return Optional.empty();
    }

    /** The document with only the spans and relations of the chosen layer. */
    AnnotatedDocument pick(AnnotatedDocument all) {
        Set<String> layers = new HashSet<>();
        all.spans().forEach(s -> layers.add(s.annotator()));
        Optional<String> layer = layerOf(layers);
        List<Span> spans = all.spans().stream().filter(s -> layer.isPresent() && s.annotator().equals(layer.get())).toList();
        if (spans.size() == all.spans().size()) {
            return all;
        }
        Set<Long> kept = new HashSet<>();
        spans.forEach(s -> kept.add(s.id()));
        return new AnnotatedDocument(all.document(), spans,
                all.relations().stream().filter(r -> kept.contains(r.fromSpanId())).toList());
    }

    /** What the export should tell the user about the layers it chose. */
    List<String> warnings() {
        return undecided == 0 ? List.of() : List.of(undecided + " documents have layers of several annotators but none"
                + " of " + String.join(", ", preferred) + ": written without annotations (choose one with --layer)");
    }
}
