package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;

class NeighboursTest {

    private static DocumentSummary doc(long id, DocumentStatus status) {
        return new DocumentSummary(id, "d" + id, "D" + id, status, 0);
    }

    @Test
    void nextPreviousAndTheNextNotDoneWrappingAroundTheList() {
        List<DocumentSummary> list = List.of(doc(1, DocumentStatus.NEW), doc(2, DocumentStatus.DONE),
                doc(3, DocumentStatus.DONE), doc(4, DocumentStatus.NEW));

        assertThat(Neighbours.of(list, 1)).containsExactly(2L, 4L);
        assertThat(Neighbours.of(list, 4)).containsExactly(1L, 3L);
        assertThat(Neighbours.of(list, 2)).containsExactly(3L, 1L, 4L);
    }

    @Test
    void nothingForADocumentOutsideTheListOrAListOfOne() {
        assertThat(Neighbours.of(List.of(doc(1, DocumentStatus.NEW)), 1)).isEmpty();
        assertThat(Neighbours.of(List.of(doc(1, DocumentStatus.NEW)), 9)).isEmpty();
    }
}
