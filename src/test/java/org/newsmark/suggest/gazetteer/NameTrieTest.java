package org.newsmark.suggest.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NameTrieTest {

    /** The value stored at {@code key}, walking from the root, or NONE. */
    private static int lookup(NameTrie trie, String key) {
        int node = NameTrie.root();
        for (int i = 0; i < key.length() && node != NameTrie.NONE; i++) {
            node = trie.child(node, NameTrie.fold(key.charAt(i)));
        }
        return node == NameTrie.NONE ? NameTrie.NONE : trie.value(node);
    }

    @Test
    void compactingKeepsEveryKeysValueAndEveryMiss() {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz -'éभारत東京";
        TreeMap<String, Integer> keys = new TreeMap<>();
        while (keys.size() < 3000) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(9);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            keys.putIfAbsent(b.toString(), keys.size());
        }
        NameTrie trie = new NameTrie(16);
        keys.forEach((k, v) -> trie.put(k.toCharArray(), k.length(), v));
        List<String> probes = new ArrayList<>(keys.keySet());
        for (String k : keys.keySet()) {
            probes.add(k + "z");
            probes.add(k.substring(0, k.length() - 1));
        }
        int[] before = probes.stream().mapToInt(p -> lookup(trie, p)).toArray();
        trie.compact();
        for (int i = 0; i < probes.size(); i++) {
            assertEquals(before[i], lookup(trie, probes.get(i)), probes.get(i));
        }
        keys.forEach((k, v) -> assertEquals(v, lookup(trie, k), k));
        assertEquals(NameTrie.NONE, lookup(trie, "qqqqqqqqqqq"));
    }

    @Test
    void aCompactedTrieTakesNoMoreKeys() {
        NameTrie trie = new NameTrie(16);
        trie.put("paris".toCharArray(), 5, 1);
        trie.compact();
        assertEquals(1, lookup(trie, "Paris"));
        assertThrows(IllegalStateException.class, () -> trie.put("parma".toCharArray(), 5, 2));
    }
}
