package org.newsmark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    private final WordSet words = WordSet.of(Set.of("goal", "semi-final", "about", "über"));

    @Test
    void findsAWordInPlaceInAnyCase() {
        String text = "A late GOAL in the Semi-Final, about Über";
        assertTrue(words.contains(text, 7, 11));
        assertTrue(words.contains(text, 19, 29));
        assertTrue(words.contains(text, 31, 36));
        assertTrue(words.contains(text, 37, 41));
    }

    @Test
    void aStretchThatIsOnlyPartOfAWordOrLongerIsNotInTheSet() {
        String text = "goalkeeper goa abouts";
        assertFalse(words.contains(text, 0, 10));
        assertFalse(words.contains(text, 11, 14));
        assertFalse(words.contains(text, 15, 21));
        assertFalse(words.contains(text, 3, 3));
    }

    @Test
    void agreesWithRegionMatchesIgnoringCaseOnEveryWordOfASentence() {
        List<String> set = List.of("the", "i", "istanbul", "straße", "ΣΟΦΙΑ");
        WordSet s = WordSet.of(set);
        String text = "The İstanbul STRASSE straße σοφια Σοφια ı I";
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= text.length(); end++) {
                int a = start;
                int length = end - start;
                boolean expected = set.stream().anyMatch(w -> w.length() == length && w.regionMatches(true, 0, text, a, length));
                assertEquals(expected, s.contains(text, start, end), text.substring(start, end));
            }
        }
        assertEquals(10, WordSet.of(Set.of("a", "semi-final")).longest());
    }

    @Test
    void aWordAtAStartIsFoundAsWhenItsEndIsGiven() {
        // ſ (long s) and the Kelvin sign fold to ASCII letters; İ folds to i: the first-character check lets them by
        List<String> set = List.of("stop", "key", "istanbul", "goal", "a", "ΣΟΦΙΑ", "2024");
        WordSet s = WordSet.of(set);
        String text = "ſtop \u212Aey İstanbul Goalkeeper GOAL a-b A σοφια 2024x 2024 stopping key";
        for (int start = 0; start < text.length(); start++) {
            assertEquals(s.contains(text, start, TextScan.wordEnd(text, start)), s.containsWordAt(text, start),
                    "at " + start);
        }
        assertTrue(s.containsWordAt(text, 0));
        assertTrue(s.containsWordAt(text, 5));
        assertFalse(s.containsWordAt(text, 18)); // Goalkeeper: longer than goal
        assertFalse(s.containsWordAt(text, text.length()));
    }
}
