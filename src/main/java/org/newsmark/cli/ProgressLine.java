package org.newsmark.cli;

import java.io.PrintStream;
import org.newsmark.app.Progress;

/** Progress on one line of a console, rewritten in place when the percentage changes. */
final class ProgressLine implements Progress {

    private final PrintStream out;
    private long shown = -1;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(long done, long total) {
        long percent = total == 0 ? 100 : 100 * done / total;
        if (percent != shown) {
            shown = percent;
            out.print("\r" + percent + "% (" + done + " of " + total + " rows)");
            out.flush();
        }
    }
}
