package org.newsmark.suggest.gazetteer;

import java.util.Arrays;

/**
 * A character trie over folded names ({@link #fold}: lower case, curly apostrophe as straight), kept in
 * parallel arrays (label, first child, next sibling, value) rather than one object per node. The root's
 * children are indexed directly by character; deeper nodes have few children and are scanned.
 * A key is added from the end of the prefix it shares with the previous key, so keys in folded order
 * (the built gazetteer is sorted) cost one scan of children each. Once every key is in, {@link #compact}
 * renumbers the nodes breadth first so that each node's children lie side by side, sorted: a lookup then
 * searches one short run of an array instead of following sibling links across the heap (the lookup runs
 * at every word of every text).
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
    /** The previous key, folded, and the node at each of its depths (path[0] is the root). */
    private char[] previous = new char[64];
    private int previousLength;
    private int[] path = new int[65];
    /** After {@link #compact}: the children of node {@code k} are the nodes {@code childStart[k]} to {@code childStart[k + 1] - 1}. */
    private int[] childStart;

    /** A trie with room for {@code nodes} nodes before it grows. */
    NameTrie(int nodes) {
        int cap = Math.max(16, nodes + 1);
        label = new char[cap];
        firstChild = new int[cap];
        sibling = new int[cap];
        value = new int[cap];
        value[ROOT] = NONE;
    }

    static char fold(char c) {
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    /** The value stored at {@code key} before, or {@link #NONE}; stores {@code v} there. */
    int put(char[] key, int n, int v) {
        if (childStart != null) {
            throw new IllegalStateException("the trie is compacted: no key can be added");
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
        if (childStart != null) {
            int k = Arrays.binarySearch(label, childStart[node], childStart[node + 1], folded);
            return k >= 0 ? k : NONE;
        }
        for (int n = firstChild[node]; n != 0; n = sibling[n]) {
            if (label[n] == folded) {
                return n;
            }
        }
        return NONE;
    }

    /**
     * Renumbers the nodes breadth first, each node's children together and in label order, and drops the
     * sibling links and the building state. Lookups give the same values; node numbers change.
     */
    void compact() {
        if (childStart != null) {
            return;
        }
        int[] oldOf = new int[size];
        int[] newOf = new int[size];
        char[] newLabel = new char[size];
        int[] newValue = new int[size];
        int[] starts = new int[size + 1];
        int next = 1;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (rootChild[c] != 0) {
                oldOf[next] = rootChild[c];
                newOf[rootChild[c]] = next;
                rootChild[c] = next++;
            }
        }
        starts[0] = 1;
        int[] children = new int[16];
        for (int k = 1; k < next; k++) {
            starts[k] = next;
            int m = 0;
            for (int o = firstChild[oldOf[k]]; o != 0; o = sibling[o]) {
                if (m == children.length) {
                    children = Arrays.copyOf(children, m * 2);
                }
                children[m++] = o;
            }
            sortByLabel(children, m);
            for (int j = 0; j < m; j++) {
                oldOf[next] = children[j];
                newOf[children[j]] = next++;
            }
        }
        starts[next] = next;
        for (int k = 1; k < next; k++) {
            newLabel[k] = label[oldOf[k]];
            newValue[k] = value[oldOf[k]];
        }
        newValue[ROOT] = value[ROOT];
        label = newLabel;
        value = newValue;
        childStart = Arrays.copyOf(starts, next + 1);
        firstChild = null;
        sibling = null;
        previous = null;
        path = null;
    }

    /** Insertion sort of the first {@code m} node numbers by label: a node has a few children, rarely dozens. */
    private void sortByLabel(int[] nodes, int m) {
        for (int i = 1; i < m; i++) {
            int n = nodes[i];
            int j = i - 1;
            while (j >= 0 && label[nodes[j]] > label[n]) {
                nodes[j + 1] = nodes[j];
                j--;
            }
            nodes[j + 1] = n;
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
}
