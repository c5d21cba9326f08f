package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class HuberLossTest {

    private static final ActivationIdentity IDENTITY = new ActivationIdentity();

    private static INDArray row(double... values) {
        return Nd4j.createFromArray(new double[][] {values});
    }

    @Test
    void isQuadraticWithinDeltaAndLinearBeyond() {
        HuberLoss loss = new HuberLoss(1.0);
        INDArray labels = row(0, 0, 0, 0);
        INDArray outputs = row(0.5, -0.5, 3, -2);
        // 0.125 + 0.125 + (3 − 0.5) + (2 − 0.5)
        assertThat(loss.computeScore(labels, outputs, IDENTITY, null, false)).isCloseTo(4.25, within(1e-12));
        assertThat(loss.computeGradient(labels, outputs, IDENTITY, null).toDoubleVector())
                .containsExactly(0.5, -0.5, 1, -1);
    }

    @Test
    void countsOnlyTheMaskedOutputsAndAveragesOverExamples() {
        HuberLoss loss = new HuberLoss(2.0);
        INDArray labels = Nd4j.createFromArray(new double[][] {{1, 1, 1}, {0, 0, 0}});
        INDArray outputs = Nd4j.createFromArray(new double[][] {{9, 2, 9}, {0, 0, -5}});
        INDArray mask = Nd4j.createFromArray(new double[][] {{0, 1, 0}, {0, 0, 1}});
        // Row 0: e = 1 → 0.5; row 1: e = −5 → 2·(5 − 1) = 8; mean over 2 rows.
        assertThat(loss.computeScore(labels, outputs, IDENTITY, mask, true)).isCloseTo(4.25, within(1e-12));
        assertThat(loss.computeScoreArray(labels, outputs, IDENTITY, mask).toDoubleVector()).containsExactly(0.5, 8);
        assertThat(loss.computeGradient(labels, outputs, IDENTITY, mask).toDoubleMatrix())
                .isDeepEqualTo(new double[][] {{0, 1, 0}, {0, 0, -2}});
    }

    @Test
    void rejectsANonPositiveDelta() {
        assertThatThrownBy(() -> new HuberLoss(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delta must be finite and > 0, but was 0.0");
    }
}
