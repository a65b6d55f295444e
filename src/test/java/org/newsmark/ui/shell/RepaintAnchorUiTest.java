package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dot changes in exactly the pulses that synchronise nodes, even when nothing visible changed. */
class RepaintAnchorUiTest extends FxRobot {

    private final AtomicInteger pulses = new AtomicInteger();
    private final AtomicReference<RepaintAnchor> anchor = new AtomicReference<>();
    private Label label;

    @BeforeEach
    void showScene() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            label = new Label("before");
            StackPane root = new StackPane(label);
            Scene scene = new Scene(root, 200, 100);
            anchor.set(RepaintAnchor.install(scene, root).orElseThrow());
            scene.addPostLayoutPulseListener(pulses::incrementAndGet);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        nextPulse();
    }

    private void nextPulse() throws TimeoutException {
        int seen = pulses.get();
        interact(Platform::requestNextPulse);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulses.get() > seen);
    }

    @Test
    void aPulseThatChangesOnlyCssStillHasTheDotToPaint() throws TimeoutException {
        long before = anchor.get().changes();
        interact(() -> label.getStyleClass().add("no-such-style"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> anchor.get().changes() > before);
        assertThat(label.getText()).isEqualTo("before");
    }

    @Test
    void aVisibleChangeMovesTheDotToo() throws TimeoutException {
        long before = anchor.get().changes();
        interact(() -> label.setText("after"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> anchor.get().changes() > before);
    }

    @Test
    void pulsesWithNothingToSynchroniseLeaveTheDotAlone() throws TimeoutException {
        interact(() -> label.setText("after"));
        nextPulse();
        nextPulse();
        long settled = anchor.get().changes();
        nextPulse();
        nextPulse();
        nextPulse();
        assertThat(anchor.get().changes()).isEqualTo(settled);
    }
}
