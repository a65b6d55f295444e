package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FramePacingTest {

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(FramePacing.PULSE_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(FramePacing.PULSE_PROPERTY);
        } else {
            System.setProperty(FramePacing.PULSE_PROPERTY, saved);
        }
    }

    @Test
    void withoutASettingTheWindowPulsesFourTimesAsOftenAsJavaFxDefaultSixty() {
        System.clearProperty(FramePacing.PULSE_PROPERTY);
        FramePacing.apply();
        assertThat(System.getProperty(FramePacing.PULSE_PROPERTY)).isEqualTo("240");
    }

    @Test
    void aRateGivenOnTheCommandLineIsKept() {
        System.setProperty(FramePacing.PULSE_PROPERTY, "60");
        FramePacing.apply();
        assertThat(System.getProperty(FramePacing.PULSE_PROPERTY)).isEqualTo("60");
    }
}
