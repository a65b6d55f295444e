package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.TextRange;

class PropagationTest {

    @TempDir
    Path temp;

    @Test
    void previewCountsUntaggedWholeWordOccurrencesThenEachDocumentUndoesOnItsOwn() {
        try (Workspace workspace = Workspace.open(temp.resolve("p.db"))) {
            long first = workspace.store().documents().insert(Document.of("a", "Seoul said Seoul. Seoulites in Seoul.")).id();
            long second = workspace.store().documents().insert(Document.of("b", "Talks in Seoul and Busan.")).id();
            workspace.store().documents().insert(Document.of("c", "Nothing here."));
            DocumentSession a = workspace.open(first);
            a.tag(new TextRange(0, 5), "place");

            Propagation propagation = new Propagation(workspace);
            Propagation.Preview corpus = propagation.preview("Seoul", "place", Optional.empty());
            assertThat(corpus.inDocument(first)).isEqualTo(2); // not the tagged one, not "Seoulites"
            assertThat(corpus.inDocument(second)).isEqualTo(1);
            assertThat(corpus.total()).isEqualTo(3);
            assertThat(corpus.documents()).hasSize(2);
            assertThat(propagation.preview("Seoul", "place", Optional.of(second)).total()).isEqualTo(1);

            assertThat(propagation.apply(corpus)).isEqualTo(3);
            assertThat(workspace.store().spans().forDocument(first)).hasSize(3);
            assertThat(workspace.store().spans().forDocument(second)).hasSize(1);
            assertThat(propagation.preview("Seoul", "place", Optional.empty()).total()).isZero();

            assertThat(workspace.open(second).undo()).isTrue();
            assertThat(workspace.store().spans().forDocument(second)).isEmpty();
            assertThat(workspace.store().spans().forDocument(first)).hasSize(3);
            assertThat(a.undo()).isTrue();
            assertThat(workspace.store().spans().forDocument(first)).hasSize(1);
        }
    }
    @Test
    void propagationLeavesEveryStatusAsItWasAndUndoToo() {
        try (Workspace workspace = Workspace.open(temp.resolve("s.db"))) {
            long here = workspace.store().documents().insert(Document.of("a", "Seoul said Seoul.")).id();
            long unread = workspace.store().documents().insert(Document.of("b", "Talks in Seoul.")).id();
            long done = workspace.store().documents().insert(Document.of("c", "Seoul again.")).id();
            workspace.store().documents().setStatus(done, DocumentStatus.DONE);
            workspace.open(here).tag(new TextRange(0, 5), "place");
            workspace.store().documents().setStatus(here, DocumentStatus.IN_PROGRESS);
            java.util.function.Function<Long, DocumentStatus> status =
                    id -> workspace.store().documents().find(id).orElseThrow().status();

            Propagation propagation = new Propagation(workspace);
            assertThat(propagation.apply(propagation.preview("Seoul", "place", Optional.empty()))).isEqualTo(3);
            assertThat(workspace.store().spans().forDocument(unread)).hasSize(1);
            assertThat(status.apply(here)).isEqualTo(DocumentStatus.IN_PROGRESS);
            assertThat(status.apply(unread)).isEqualTo(DocumentStatus.NEW);
            assertThat(status.apply(done)).isEqualTo(DocumentStatus.DONE);

            assertThat(workspace.openSessionIfAny(unread).orElseThrow().undo()).isTrue();
            assertThat(workspace.openSessionIfAny(done).orElseThrow().undo()).isTrue();
            assertThat(workspace.store().spans().forDocument(unread)).isEmpty();
            assertThat(status.apply(unread)).isEqualTo(DocumentStatus.NEW);
            assertThat(status.apply(done)).isEqualTo(DocumentStatus.DONE);
        }
    }
}
