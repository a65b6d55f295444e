package org.newsmark.suggest.gazetteer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstWordFilterTest {

    private static FirstWordFilter of(List<String> names) {
        FirstWordFilter filter = new FirstWordFilter();
        names.forEach(n -> filter.add(n.toCharArray(), 0, n.length()));
        return filter;
    }

    @Test
    void aNamesFirstWordIsLetByInAnyCaseAndWithAnyApostrophe() {
        FirstWordFilter filter = of(List.of("Nuku'alofa", "St. Louis", "New York", "Côte d'Ivoire", "Dnipro"));
        String text = "NUKUʻALOFA, Nuku’alofa, st. Louis, New Yorkers, CÔTE D'IVOIRE, dnipro";
        for (int start : new int[] {0, 12, 24, 35, 48, 63}) {
            assertTrue(filter.mayOpen(text, start), text.substring(start));
        }
    }

    @Test
    void aWordNoNameOpensWithIsTurnedDown() {
        FirstWordFilter filter = of(List.of("New York", "Dnipro", "Louisville"));
        String text = "President Newton of Louis said";
        assertFalse(filter.mayOpen(text, 0));
        assertFalse(filter.mayOpen(text, 10)); // "Newton": a longer word than the name's "New"
        assertFalse(filter.mayOpen(text, 20)); // "Louis": a shorter word than "Louisville"
    }

    @Test
    void theBundledGazetteerStillFindsItsPlacesThroughTheFilter() {
        String text = "Floods hit NUKUʻALOFA and Nuku’alofa, then Côte d'Ivoire, New York and Kharkiv.";
        List<Integer> starts = WorldGazetteer.shared().find(text).stream().map(WorldGazetteer.Hit::start).toList();
        for (String place : List.of("NUKUʻALOFA", "Nuku’alofa", "Côte d'Ivoire", "New York", "Kharkiv")) {
            assertTrue(starts.contains(text.indexOf(place)), place + " in " + starts);
        }
    }
}
