package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Relation;

class ActionWordingTest {

    @Test
    void aLongSpeakerIsCutAtAWordAndKeptOnOneLine() {
        assertThat(ActionWording.link(Relation.SAID_BY, "NATO Secretary General\nMark Rutte of the Netherlands"))
                .isEqualTo("link quote to “NATO Secretary General Mark…”");
        assertThat(ActionWording.unlink(Relation.SAID_BY, "Yoon")).isEqualTo("unlink quote from “Yoon”");
    }

    @Test
    void aTagNamesTheSpanByItsWordsAndAQuoteWithoutItsOwnMarks() {
        assertThat(ActionWording.tag("speaker", "Yoon")).isEqualTo("tag “Yoon” as speaker");
        assertThat(ActionWording.tag("quote", "\"40% of homes flooded\"")).isEqualTo("tag “40% of homes flooded” as quote");
        assertThat(ActionWording.tag("quote", "“We will not back down from this fight, whatever it costs”"))
                .isEqualTo("tag “We will not back down from…” as quote");
    }

    @Test
    void anotherRelationTypeIsNamedAsStored() {
        assertThat(ActionWording.link("cites", "Yonhap")).isEqualTo("link (cites) to “Yonhap”");
    }

    @Test
    void aRelabelSaysWhichEndsItUnlinks() {
        assertThat(ActionWording.unlinkedBy(7, List.of(Relation.of(1, 7, 2, Relation.SAID_BY))))
                .isEqualTo("unlink its speaker");
        assertThat(ActionWording.unlinkedBy(7, List.of(Relation.of(1, 3, 7, Relation.SAID_BY),
                Relation.of(2, 4, 7, Relation.SAID_BY)))).isEqualTo("unlink its 2 quotes");
    }
}
