package org.newsmark.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntFunction;
import org.newsmark.store.IdBlock;

/**
 * Ids of one table kept in hand for a session, so a new span or relation gets its final id without
 * asking the store. Topped up in the background before it runs out ({@link #wantsMore}); when an
 * action takes more than is in hand (tag all), the rest is reserved at once, in growing blocks.
 */
final class IdSupply {

    static final int BLOCK = 64;

    private final IntFunction<IdBlock> reserveNow;
    private final Deque<IdBlock> blocks = new ArrayDeque<>();
    private long next;
    private long remaining;
    private int nextSyncSize = BLOCK;
    private boolean topUpRequested;

    IdSupply(IntFunction<IdBlock> reserveNow) {
        this.reserveNow = reserveNow;
    }

    long take() {
        if (remaining == 0) {
            add(reserveNow.apply(nextSyncSize));
            nextSyncSize = Math.min(nextSyncSize * 2, 1 << 16);
        }
        if (next > blocks.peekFirst().last()) {
            blocks.removeFirst();
            next = blocks.peekFirst().first();
        }
        remaining--;
        return next++;
    }

    void add(IdBlock block) {
        if (blocks.isEmpty() || remaining == 0) {
            blocks.clear();
            next = block.first();
        }
        blocks.addLast(block);
        remaining += block.size();
    }

    /** True once when fewer than half a block is left; the caller then asks for a block in the background. */
    boolean wantsMore() {
        if (remaining >= BLOCK / 2 || topUpRequested) {
            return false;
        }
        topUpRequested = true;
        return true;
    }

    /** The block asked for by {@link #wantsMore} arrived. */
    void toppedUp(IdBlock block) {
        add(block);
        topUpRequested = false;
    }
}
