package org.newsmark.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Runs an action once, when a flag is first true (at once if it is already): builds what is hidden at start-up, such
 * as a tab's content or the find bar, when it is first shown instead of for the first frame.
 */
final class WhenFirstTrue {

    private WhenFirstTrue() {
    }

    static void run(ObservableValue<Boolean> flag, Runnable action) {
        if (Boolean.TRUE.equals(flag.getValue())) {
            action.run();
            return;
        }
        flag.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    o.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
