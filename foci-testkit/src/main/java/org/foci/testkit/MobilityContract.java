package org.foci.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foci.api.env.MobilityModel;
import org.foci.api.env.PointSample;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MobilityModel} keeps. Extend it and implement {@link #mobility()} and
 * {@link #area()}.
 *
 * <p>Checks: positions stay inside the area; the same seed gives the same positions bit for bit;
 * the density sample is non-empty and inside the area; reading before reset is an illegal state.
 */
public abstract class MobilityContract {

    /** A fresh model under test, made for {@link #area()}. */
    protected abstract MobilityModel mobility();

    /** The area the model was made for. */
    protected abstract ServiceArea area();

    @Test
    void positionsStayInsideTheArea() {
        MobilityModel mobility = mobility();
        int devices = 50;
        double[] x = new double[devices];
        double[] y = new double[devices];
        for (Split split : Split.values()) {
            mobility.reset(devices, split, 3);
            for (int t = 0; t < 100; t++) {
                mobility.positions(x, y);
                for (int m = 0; m < devices; m++) {
                    assertThat(area().contains(x[m], y[m])).as("device %d at step %d: (%f, %f)", m, t, x[m], y[m])
                            .isTrue();
                }
                mobility.advance();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePositions() {
        MobilityModel first = mobility();
        MobilityModel second = mobility();
        first.reset(20, Split.TRAIN, 42);
        second.reset(20, Split.TRAIN, 42);
        double[] x1 = new double[20];
        double[] y1 = new double[20];
        double[] x2 = new double[20];
        double[] y2 = new double[20];
        for (int t = 0; t < 60; t++) {
            first.positions(x1, y1);
            second.positions(x2, y2);
            assertThat(x2).containsExactly(x1);
            assertThat(y2).containsExactly(y1);
            first.advance();
            second.advance();
        }
        assertThat(second.jumps()).isEqualTo(first.jumps());
    }

    @Test
    void theDensitySampleIsNonEmptyAndInsideTheArea() {
        PointSample sample = mobility().densitySample();
        assertThat(sample.size()).isPositive();
        for (int i = 0; i < sample.size(); i++) {
            assertThat(area().contains(sample.xM()[i], sample.yM()[i])).isTrue();
        }
    }

    @Test
    void readingBeforeResetIsAnIllegalState() {
        MobilityModel mobility = mobility();
        assertThatThrownBy(() -> mobility.positions(new double[1], new double[1]))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(mobility::advance).isInstanceOf(IllegalStateException.class);
    }
}
