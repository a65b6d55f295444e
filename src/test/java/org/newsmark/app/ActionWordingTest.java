package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
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
    void aBulkActionNamesItsWordsOnceWhenTheyAreTheSameAndTheFirstWhenNot() {
        assertThat(ActionWording.tagAll("place", List.of("Kyiv", "kyiv", "Kyiv"))).isEqualTo("tag all 3 “Kyiv” as place");
        assertThat(ActionWording.tagAll("place", List.of("Kyiv"))).isEqualTo("tag “Kyiv” as place");
        assertThat(ActionWording.accept("speaker", List.of("Yoon"))).isEqualTo("accept suggestion “Yoon” as speaker");
        assertThat(ActionWording.accept("quote", List.of("We will act"), List.of("link quote to “Yoon”")))
                .isEqualTo("accept suggestion “We will act” as quote, link quote to “Yoon”");
        assertThat(ActionWording.accept("speaker", List.of("Yoon", "Kim", "Lee")))
                .isEqualTo("accept “Yoon” and 2 more as speaker");
        assertThat(ActionWording.actions(List.of("link quote to “Yoon”", "link quote to “Kim”")))
                .isEqualTo("link quote to “Yoon” and 1 more");
    }

    @Test
    void aChangedSpanIsNamedByItsWordsBeforeAndAfter() {
        assertThat(ActionWording.delete("speaker", "Yoon")).isEqualTo("delete speaker “Yoon”");
        assertThat(ActionWording.relabel("speaker", "place", "Seoul")).isEqualTo("relabel speaker “Seoul” as place");
        assertThat(ActionWording.resize("speaker", "Yoon", "Yoon Suk Yeol")).isEqualTo("resize speaker “Yoon” to “Yoon Suk Yeol”");
        assertThat(ActionWording.change("speaker", "Yoon", "place", "Seoul")).isEqualTo("change speaker “Yoon” to place “Seoul”");
    }

    @Test
    void aStatusChangeNamesTheArticleByItsHeadline() {
        assertThat(ActionWording.mark(Document.of("lee", "Floods in Seoul\n\nLee said so."), DocumentStatus.IN_PROGRESS))
                .isEqualTo("mark “Floods in Seoul” in progress");
        assertThat(ActionWording.mark(Document.of("lee", " "), DocumentStatus.DONE)).isEqualTo("mark “lee” done");
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
