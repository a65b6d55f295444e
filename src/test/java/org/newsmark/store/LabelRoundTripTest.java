package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.span;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Label;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/** The label scheme: labels with colour, hotkey and order, and relation types. */
class LabelRoundTripTest {

    TestDatabase db;
    Store store;

    @BeforeEach
    void open(TestDatabase db) {
        this.db = db;
        store = db.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @EngineTest
    void insertedLabelsComeBackWithIdsInBarOrder() {
        Label c = store.labels().insert(Label.of("ORG", "#0000ff", "", 2));
        Label a = store.labels().insert(Label.of("PERSON", "#FF0000", "p", 0));
        Label b = store.labels().insert(Label.of("QUOTE", "#00ff00", "q", 1));

        assertThat(List.of(a, b, c)).allSatisfy(l -> assertThat(l.id()).isPositive());
        assertThat(store.labels().all()).containsExactly(a, b, c);
        LabelScheme scheme = store.labels().scheme();
        assertThat(scheme.names()).containsExactly("PERSON", "QUOTE", "ORG");
        assertThat(scheme.byHotkey("Q")).contains(b);
        assertThat(scheme.relationTypes()).containsExactly(Relation.SAID_BY);
        assertThat(store.labels().byName("ORG")).contains(c);
        assertThat(store.labels().byName("org")).isEmpty();
    }

    @EngineTest
    void updateChangesNameColourHotkeyAndPosition() {
        Label person = store.labels().insert(Label.of("PERSON", "#ff0000", "p", 0));
        Label quote = store.labels().insert(Label.of("QUOTE", "#00ff00", "q", 1));

        Label renamed = person.withName("SPEAKER").withColor("#123abc").withHotkey("").withPosition(5);
        store.labels().update(renamed);

        assertThat(store.labels().all()).containsExactly(quote, renamed);
        assertThat(store.labels().byName("PERSON")).isEmpty();
        assertThat(store.labels().byName("SPEAKER").orElseThrow().hotkeyIfAny()).isEmpty();
    }

    @EngineTest
    void spansFollowARenameAndTheOldNameIsFree() {
        Label person = store.labels().insert(Label.of("PERSON", "#ff0000", "p", 0));
        long doc = Fixtures.insertDocument(store, "d", "Mark Rutte").id();
        Span span = store.spans().insert(span(doc, 0, 10, "PERSON"));

        store.labels().update(person.withName("SPEAKER"));

        assertThat(store.spans().find(span.id()).orElseThrow().label()).isEqualTo("SPEAKER");
        assertThat(store.spans().insert(span(doc, 0, 4, "SPEAKER")).label()).isEqualTo("SPEAKER");
        assertThatThrownBy(() -> store.spans().insert(span(doc, 5, 10, "PERSON")))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("unknown label 'PERSON'");

        Label again = store.labels().insert(Label.of("PERSON", "#00ff00", "", 1));
        Span newSpan = store.spans().insert(span(doc, 5, 10, "PERSON"));
        assertThat(newSpan.label()).isEqualTo("PERSON");
        assertThat(store.spans().countsByLabel()).containsExactly(
                java.util.Map.entry("SPEAKER", 2), java.util.Map.entry(again.name(), 1));
    }

    @EngineTest
    void duplicateNameIsRefusedAndNothingIsAdded() {
        Label person = store.labels().insert(Label.of("PERSON", "#ff0000", "p", 0));
        assertThatThrownBy(() -> store.labels().insert(Label.of("PERSON", "#00ff00", "", 1)))
                .isInstanceOf(StoreException.class);
        assertThat(store.labels().all()).containsExactly(person);
    }

    @EngineTest
    void updatingAMissingLabelIsRefused() {
        assertThatThrownBy(() -> store.labels().update(new Label(77, "X", "#000000", "", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("77");
        assertThat(store.labels().all()).isEmpty();
    }

    @EngineTest
    void relationTypesAreAddedOnceInOrder() {
        store.labels().addRelationType("works_for");
        store.labels().addRelationType("said_by");
        store.labels().addRelationType("quotes");
        store.labels().addRelationType("works_for");

        assertThat(store.labels().relationTypes()).containsExactly("said_by", "works_for", "quotes");
    }
}
