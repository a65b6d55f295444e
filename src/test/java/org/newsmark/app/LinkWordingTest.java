package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Relation;

class LinkWordingTest {

    @Test
    void aLongSpeakerIsCutAtAWordAndKeptOnOneLine() {
        assertThat(LinkWording.link(Relation.SAID_BY, "NATO Secretary General\nMark Rutte of the Netherlands"))
                .isEqualTo("link quote to “NATO Secretary General Mark…”");
        assertThat(LinkWording.unlink(Relation.SAID_BY, "Yoon")).isEqualTo("unlink quote from “Yoon”");
    }

    @Test
    void anotherRelationTypeIsNamedAsStored() {
        assertThat(LinkWording.link("cites", "Yonhap")).isEqualTo("link (cites) to “Yonhap”");
    }

    @Test
    void aRelabelSaysWhichEndsItUnlinks() {
        assertThat(LinkWording.unlinkedBy(7, List.of(Relation.of(1, 7, 2, Relation.SAID_BY))))
                .isEqualTo("unlink its speaker");
        assertThat(LinkWording.unlinkedBy(7, List.of(Relation.of(1, 3, 7, Relation.SAID_BY),
                Relation.of(2, 4, 7, Relation.SAID_BY)))).isEqualTo("unlink its 2 quotes");
    }
}
