package org.newsmark.store;

/** Ids {@code first} to {@code first + size - 1}, reserved for one client: no other insert will take them. */
public record IdBlock(long first, int size) {

    public IdBlock {
        if (first < 1 || size < 1) {
            throw new IllegalArgumentException("an id block needs a first id ≥ 1 and a size ≥ 1");
        }
    }

    public long last() {
        return first + size - 1;
    }
}
