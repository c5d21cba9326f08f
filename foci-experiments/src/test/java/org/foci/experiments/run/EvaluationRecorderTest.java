package org.foci.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.StepBatch;
import org.junit.jupiter.api.Test;

class EvaluationRecorderTest {

    /** A core batch of two devices with given rewards. */
    private record Batch(float[] rewards) implements StepBatch {
        @Override
        public float[] observations() {
            return new float[0];
        }

        @Override
        public boolean[] actionMask() {
            return new boolean[] {true, true};
        }

        @Override
        public int step() {
            return 1;
        }

        @Override
        public boolean truncated() {
            return false;
        }
    }

    /** Two devices' outcomes. */
    private record Outcomes(double[] cost, double[] latencyS, double[] energyJ, boolean[] handover,
                            boolean[] deadlineMissed, boolean[] rejected, int[] servingEdge, int[] partition,
                            int[] sms) implements DeviceOutcomes {
        Outcomes() {
            this(new double[2], new double[2], new double[2], new boolean[2], new boolean[2], new boolean[2],
                    new int[2], new int[2], new int[2]);
        }
    }

    private static final StepBatch ANY = new Batch(new float[2]);

    private void onStep(EvaluationRecorder recorder, DeviceOutcomes outcomes) {
        recorder.onStep(ANY, outcomes);
    }

    private DeviceOutcomes step(double latency0, double latency1, double cost0, double cost1, boolean handover1) {
        Outcomes batch = new Outcomes();
        batch.latencyS()[0] = latency0;
        batch.latencyS()[1] = latency1;
        batch.energyJ()[0] = 0.05;
        batch.energyJ()[1] = 0.01;
        batch.cost()[0] = cost0;
        batch.cost()[1] = cost1;
        batch.handover()[1] = handover1;
        batch.servingEdge()[0] = -1;
        batch.servingEdge()[1] = 0;
        batch.deadlineMissed()[0] = latency0 > 1.0 / 24;
        return batch;
    }

    @Test
    void computesMeansWorstDevicePercentilesSwitchesAndJain() {
        EvaluationRecorder recorder = new EvaluationRecorder();
        recorder.beginEpisode(2, 2);
        onStep(recorder, step(0.030, 0.020, 1.0, 0.5, false));
        onStep(recorder, step(0.050, 0.020, 1.0, 0.5, true));
        recorder.endEpisode();
        EvaluationResult result = recorder.result();

        assertThat(result.latencyMs().avg()).isCloseTo(30.0, within(1e-9));
        assertThat(result.latencyMs().max()).as("device 0's mean").isCloseTo(40.0, within(1e-9));
        assertThat(result.latencyMs().p99()).isCloseTo(50.0, within(1e-9));
        assertThat(result.energyMj().avg()).isCloseTo(30.0, within(1e-9));
        assertThat(result.switchesPerDevice()).isEqualTo(0.5);
        assertThat(result.switchShareByStep()).containsExactly(0.0, 0.5);
        assertThat(result.deadlineMissRate()).isEqualTo(0.25);
        assertThat(result.offloadShare()).isEqualTo(0.5);
        // Jain of (1.0, 0.5): 1.5² / (2 · 1.25) = 0.9
        assertThat(result.jainIndex()).isCloseTo(0.9, within(1e-12));
        assertThat(result.perDeviceCost()).containsExactly(1.0, 0.5);
    }

    @Test
    void worstDeviceIsTakenPerEpisodeThenAveraged() {
        EvaluationRecorder recorder = new EvaluationRecorder();
        recorder.beginEpisode(2, 2);
        onStep(recorder, step(0.010, 0.030, 1, 1, false));
        onStep(recorder, step(0.010, 0.030, 1, 1, false));
        recorder.endEpisode();
        recorder.beginEpisode(2, 2);
        onStep(recorder, step(0.050, 0.010, 1, 1, false));
        onStep(recorder, step(0.050, 0.010, 1, 1, false));
        recorder.endEpisode();
        assertThat(recorder.result().latencyMs().max()).isCloseTo(40.0, within(1e-9));
        assertThat(recorder.result().perDeviceLatencyMs()).hasSize(4);
    }

    @Test
    void withoutDeviceOutcomesTheCostIsMinusTheRewardAndTheRestIsNotMeasured() {
        EvaluationRecorder recorder = new EvaluationRecorder();
        recorder.beginEpisode(2, 2);
        recorder.onStep(new Batch(new float[] {-1.0f, -0.5f}), null);
        recorder.onStep(new Batch(new float[] {-1.0f, -0.5f}), null);
        recorder.endEpisode();
        EvaluationResult result = recorder.result();
        assertThat(result.cost().avg()).isCloseTo(0.75, within(1e-9));
        assertThat(result.cost().max()).isCloseTo(1.0, within(1e-9));
        assertThat(result.jainIndex()).isCloseTo(0.9, within(1e-12));
        assertThat(result.latencyMs().avg()).isNaN();
        assertThat(result.offloadShare()).isNaN();
        assertThat(result.switchesPerDevice()).isNaN();
    }

    @Test
    void noEpisodeHasNoResult() {
        assertThatThrownBy(() -> new EvaluationRecorder().result()).isInstanceOf(IllegalStateException.class);
    }
}
