package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A gazetteer edited name by name matches exactly as one built with the same names would. */
class GazetteerEditsTest {

    /** Few words, so that names share first words and contain each other ("New York", "New York City", "York"). */
    private static final List<String> WORDS = List.of("New", "York", "City", "Lee", "Kim", "Port");

    @Property(tries = 300)
    void editedMatchesAsBuilt(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 215) Integer> firstNames,
                              @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 431) Integer> edits,
                              @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 5) Integer> textWords) {
        Map<String, String> names = new LinkedHashMap<>();
        firstNames.forEach(n -> names.put(name(n), "place"));
        Gazetteer edited = Gazetteer.of(names);
        for (int e : edits) {
            String name = name(e % 216);
            if (e >= 216) {
                names.remove(name);
                edited = edited.edited(Map.of(), List.of(name));
            } else {
                String label = e % 2 == 0 ? "place" : "speaker";
                names.put(name, label);
                edited = edited.edited(Map.of(name, label), List.of());
            }
        }
        String text = String.join(" ", textWords.stream().map(WORDS::get).toList()) + ".";
        Gazetteer built = Gazetteer.of(names);
        assertThat(edited.matches(text)).isEqualTo(built.matches(text));
        assertThat(edited.size()).isEqualTo(built.size());
        for (String word : WORDS) {
            assertThat(edited.labelOf(word)).isEqualTo(built.labelOf(word));
        }
    }

    @Test
    void takingOutTheLongerNameFindsTheShorterAgain() {
        Gazetteer g = Gazetteer.of(Map.of("New York", "place", "New York City", "place"));
        String text = "They flew to New York City.";
        assertThat(g.matches(text)).extracting(Gazetteer.Match::name).containsExactly("New York City");
        Gazetteer without = g.edited(Map.of(), Set.of("New York City"));
        assertThat(without.matches(text)).extracting(Gazetteer.Match::name).containsExactly("New York");
        assertThat(without.edited(Map.of("New York City", "place"), Set.of()).matches(text))
                .extracting(Gazetteer.Match::name).containsExactly("New York City");
        assertThat(without.editCount()).isEqualTo(1);
        assertThat(without.labelOf("New York City")).isEmpty();
    }

    /** Names of one to three words from {@link #WORDS}: 6 + 36 + 174 of the 216 three-word ones, by number. */
    private static String name(int n) {
        int words = n < 6 ? 1 : n < 42 ? 2 : 3;
        StringBuilder out = new StringBuilder(WORDS.get(n % 6));
        for (int w = 1, rest = n / 6; w < words; w++, rest /= 6) {
            out.append(' ').append(WORDS.get(rest % 6));
        }
        return out.toString();
    }
}
