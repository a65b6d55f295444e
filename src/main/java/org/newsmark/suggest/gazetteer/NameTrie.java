package org.newsmark.suggest.gazetteer;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A character trie over folded names ({@link #fold}: lower case, curly apostrophe as straight), kept in
 * parallel arrays (label, first child, next sibling, value) rather than one object per node. The root's
 * children are indexed directly by character; deeper nodes have few children and are scanned.
 * A key is added from the end of the prefix it shares with the previous key, so keys in folded order
 * (the built gazetteer is sorted) cost one scan of children each.
 */
final class NameTrie {

    static final int NONE = -1;
    private static final int ROOT = 0;

    private final int[] rootChild = new int[Character.MAX_VALUE + 1];
    private char[] label;
    private int[] firstChild;
    private int[] sibling;
    private int[] value;
    private int size = 1;
    /** The children of the nodes nearest the root, hashed once the trie is walked; {@code null} before. */
    private volatile ShallowChildren shallow;
    /** The previous key, folded, and the node at each of its depths (path[0] is the root). */
    private char[] previous = new char[64];
    private int previousLength;
    private int[] path = new int[65];

    /** A trie with room for {@code nodes} nodes before it grows. */
    NameTrie(int nodes) {
        int cap = Math.max(16, nodes + 1);
        label = new char[cap];
        firstChild = new int[cap];
        sibling = new int[cap];
        value = new int[cap];
        value[ROOT] = NONE;
    }

    /** {@code ’}, the Hawaiian and Tongan okina {@code ʻ} ({@code Nukuʻalofa}), {@code ʼ} and {@code ‘}: written for {@code '}. */
    static boolean isApostrophe(char c) {
        return c == '’' || c == 'ʻ' || c == 'ʼ' || c == '‘';
    }

    static char fold(char c) {
        return isApostrophe(c) ? '\'' : Character.toLowerCase(c);
    }

    /** The value stored at {@code key} before, or {@link #NONE}; stores {@code v} there. */
    int put(char[] key, int n, int v) {
        if (shallow != null) {
            shallow = null; // a new key may add children the index lacks
        }
        if (n + 1 > path.length) {
            path = Arrays.copyOf(path, n + 1);
            previous = Arrays.copyOf(previous, n);
        }
        int common = 0;
        while (common < n && common < previousLength && fold(key[common]) == previous[common]) {
            common++;
        }
        // the previous key's path up to the shared prefix exists; below a node made in this call there is nothing
        int node = path[common];
        boolean fresh = false;
        for (int i = common; i < n; i++) {
            char c = fold(key[i]);
            int next = fresh ? NONE : child(node, c);
            if (next == NONE) {
                next = newNode(c);
                fresh = true;
                if (node == ROOT) {
                    rootChild[c] = next;
                } else {
                    sibling[next] = firstChild[node];
                    firstChild[node] = next;
                }
            }
            node = next;
            path[i + 1] = node;
            previous[i] = c;
        }
        previousLength = n;
        int old = value[node];
        value[node] = v;
        return old;
    }

    /** The child of {@code node} on character {@code folded}, or {@link #NONE}. */
    int child(int node, char folded) {
        if (node == ROOT) {
            int n = rootChild[folded];
            return n == 0 ? NONE : n;
        }
        ShallowChildren hashed = shallow;
        if (hashed != null && hashed.holds(node)) {
            return hashed.child(node, folded);
        }
        for (int n = firstChild[node]; n != 0; n = sibling[n]) {
            if (label[n] == folded) {
                return n;
            }
        }
        return NONE;
    }

    /**
     * Hashes the children of the nodes one and two characters below the root. A capitalised word of running text is
     * looked up from its first letters, where a node has dozens of children (every name's second and third letter):
     * a scan of their list cost some 60 cache misses a word, most of what finding the world's places in an article
     * cost. Deeper nodes have few children and keep their lists. Call once all keys are in; later calls do nothing
     * (threads that call it at once may each build the same table, and one is kept).
     */
    void hashShallowChildren() {
        if (shallow == null) {
            shallow = ShallowChildren.of(this);
        }
    }

    static int root() {
        return ROOT;
    }

    /** The value at {@code node}, or {@link #NONE} when no name ends there. */
    int value(int node) {
        return value[node];
    }

    int nodes() {
        return size;
    }

    private int newNode(char c) {
        if (size == label.length) {
            int cap = size * 2;
            label = Arrays.copyOf(label, cap);
            firstChild = Arrays.copyOf(firstChild, cap);
            sibling = Arrays.copyOf(sibling, cap);
            value = Arrays.copyOf(value, cap);
        }
        label[size] = c;
        value[size] = NONE;
        return size++;
    }

    /** The edges below the nodes at depths 1 and 2, in one open-addressing table keyed by parent and character. */
    private static final class ShallowChildren {

        private static final int DEPTH = 2;

        private final BitSet parents = new BitSet();
        private final long[] keys;
        private final int[] children;
        private final int mask;

        private ShallowChildren(int edges) {
            int capacity = Integer.highestOneBit(Math.max(16, edges * 2 - 1)) << 1;
            keys = new long[capacity];
            Arrays.fill(keys, -1L);
            children = new int[capacity];
            mask = capacity - 1;
        }

        static ShallowChildren of(NameTrie trie) {
            int[] level = Arrays.stream(trie.rootChild).filter(n -> n != 0).toArray();
            int[][] levels = new int[DEPTH][];
            int edges = 0;
            for (int d = 0; d < DEPTH; d++) {
                levels[d] = level;
                int[] next = new int[16];
                int count = 0;
                for (int parent : level) {
                    for (int n = trie.firstChild[parent]; n != 0; n = trie.sibling[n]) {
                        next = count == next.length ? Arrays.copyOf(next, count * 2) : next;
                        next[count++] = n;
                    }
                }
                edges += count;
                level = Arrays.copyOf(next, count);
            }
            ShallowChildren out = new ShallowChildren(edges);
            for (int[] parents : levels) {
                for (int parent : parents) {
                    out.parents.set(parent);
                    for (int n = trie.firstChild[parent]; n != 0; n = trie.sibling[n]) {
                        out.put(key(parent, trie.label[n]), n);
                    }
                }
            }
            return out;
        }

        boolean holds(int node) {
            return parents.get(node);
        }

        int child(int parent, char c) {
            long key = key(parent, c);
            for (int slot = slot(key); ; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return children[slot];
                }
                if (keys[slot] == -1L) {
                    return NONE;
                }
            }
        }

        private void put(long key, int child) {
            int slot = slot(key);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            children[slot] = child;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & mask;
        }

        private static long key(int parent, char c) {
            return ((long) parent << 16) | c;
        }
    }
}
