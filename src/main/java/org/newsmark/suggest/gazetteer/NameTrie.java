package org.newsmark.suggest.gazetteer;

import java.util.Arrays;

/**
 * A character trie over folded names ({@link #fold}: lower case, curly apostrophe as straight), kept in
 * parallel int arrays (first child, next sibling, value) rather than one object per node. The root's
 * children are indexed directly by character; deeper nodes have few children and are scanned.
 */
final class NameTrie {

    static final int NONE = -1;
    private static final int ROOT = 0;

    private final int[] rootChild = new int[Character.MAX_VALUE + 1];
    private char[] label = new char[1 << 16];
    private int[] firstChild = new int[1 << 16];
    private int[] sibling = new int[1 << 16];
    private int[] value = new int[1 << 16];
    private int size = 1;

    NameTrie() {
        value[ROOT] = NONE;
    }

    static char fold(char c) {
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    /** The value stored at {@code key} before, or {@link #NONE}; stores {@code v} there. */
    int put(CharSequence key, int v) {
        int node = ROOT;
        for (int i = 0; i < key.length(); i++) {
            char c = fold(key.charAt(i));
            int next = child(node, c);
            if (next == NONE) {
                next = newNode(c);
                if (node == ROOT) {
                    rootChild[c] = next;
                } else {
                    sibling[next] = firstChild[node];
                    firstChild[node] = next;
                }
            }
            node = next;
        }
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
        for (int n = firstChild[node]; n != 0; n = sibling[n]) {
            if (label[n] == folded) {
                return n;
            }
        }
        return NONE;
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
