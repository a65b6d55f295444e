package org.newsmark.suggest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class NameTrieTest {

    /** With the children near the root hashed, every walk through the trie reaches the same nodes as by the lists. */
    @Property(tries = 300)
    void hashedChildrenLeadWhereTheListsLead(
            @ForAll @Size(max = 40) List<@Chars({'a', 'b', 'c', 'd', 'é', ' ', 'Z'}) @StringLength(min = 1, max = 6) String> names,
            @ForAll @Chars({'a', 'b', 'c', 'd', 'é', ' ', 'z', 'x'}) @StringLength(max = 30) String text) {
        NameTrie listed = build(names);
        NameTrie hashed = build(names);
        hashed.hashShallowChildren();
        for (int start = 0; start < text.length(); start++) {
            int a = NameTrie.root();
            int b = NameTrie.root();
            for (int j = start; j < text.length() && a != NameTrie.NONE; j++) {
                char c = NameTrie.fold(text.charAt(j));
                a = listed.child(a, c);
                b = hashed.child(b, c);
                assertThat(b).as("\"%s\" from %d to %d", text, start, j).isEqualTo(a);
                if (a != NameTrie.NONE) {
                    assertThat(hashed.value(b)).isEqualTo(listed.value(a));
                }
            }
        }
    }

    private static NameTrie build(List<String> names) {
        NameTrie trie = new NameTrie(4);
        List<String> sorted = names.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            trie.put(sorted.get(i).toCharArray(), sorted.get(i).length(), i);
        }
        return trie;
    }
}
