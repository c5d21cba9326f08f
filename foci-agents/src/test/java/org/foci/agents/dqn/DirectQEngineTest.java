package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The direct BLAS engine computes what the deeplearning4j graph computes: the same Q-values, the same
 * gradient as {@code computeGradientAndScore}, and the same parameters and Adam state after a step
 * as {@code fit}.
 */
class DirectQEngineTest {

    private static final int INPUTS = 7;
    private static final List<Integer> HIDDEN = List.of(6, 5, 4);
    private static final int ACTIONS = 9;
    private static final int ROWS = 13;
    private static final double DELTA = 0.5;

    private static ComputationGraph network(double gradientClip) {
        return DuelingQNetwork.create(DuelingQNetwork.configuration(INPUTS, HIDDEN, ACTIONS, 1e-2, DELTA, gradientClip,
                42));
    }

    private static float[] random(SplittableRandom random, int n, double scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextDouble(-1, 1) * scale);
        }
        return values;
    }

    private static int[] actions(SplittableRandom random, int n) {
        int[] actions = new int[n];
        for (int i = 0; i < n; i++) {
            actions[i] = random.nextInt(ACTIONS);
        }
        return actions;
    }

    private static INDArray matrix(float[] values, int rows, int columns) {
        return Nd4j.create(values.clone(), new long[] {rows, columns}, 'c');
    }

    private static INDArray[] labelsAndMask(int[] taken, float[] targets) {
        float[] labels = new float[taken.length * ACTIONS];
        float[] mask = new float[taken.length * ACTIONS];
        for (int b = 0; b < taken.length; b++) {
            labels[b * ACTIONS + taken[b]] = targets[b];
            mask[b * ACTIONS + taken[b]] = 1;
        }
        return new INDArray[] {matrix(labels, taken.length, ACTIONS), matrix(mask, taken.length, ACTIONS)};
    }

    private static DirectQEngine engine(ComputationGraph online, ComputationGraph target) {
        return new DirectQEngine(online, target, HIDDEN, INPUTS, ACTIONS, DELTA, ROWS, ROWS);
    }

    @Test
    void computesTheSameQValuesAsTheGraph() {
        ComputationGraph online = network(0);
        ComputationGraph target = network(0);
        float[] x = random(new SplittableRandom(1), ROWS * INPUTS, 2);
        float[] q = new float[ROWS * ACTIONS];
        engine(online, target).predict(x, ROWS, q);
        float[] expected = online.outputSingle(false, matrix(x, ROWS, INPUTS)).data().asFloat();
        for (int i = 0; i < q.length; i++) {
            assertThat(q[i]).as("Q[%d]", i).isCloseTo(expected[i], within(1e-5f));
        }
    }

    @Test
    void predictsFewerRowsThanItsCapacity() {
        ComputationGraph online = network(0);
        float[] x = random(new SplittableRandom(2), 3 * INPUTS, 1);
        float[] q = new float[3 * ACTIONS];
        engine(online, network(0)).predict(x, 3, q);
        float[] expected = online.outputSingle(false, matrix(x, 3, INPUTS)).data().asFloat();
        assertThat(q).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void computesTheSameGradientAndLossAsTheGraph() {
        ComputationGraph online = network(0);
        SplittableRandom random = new SplittableRandom(3);
        float[] x = random(random, ROWS * INPUTS, 2);
        int[] taken = actions(random, ROWS);
        // Targets far and near, so both the quadratic and the linear part of the Huber loss are used.
        float[] targets = random(random, ROWS, 3);
        double loss = engine(online, network(0)).gradient(x, taken, targets, ROWS);
        float[] direct = online.getFlattenedGradients().dup().data().asFloat();

        INDArray[] labels = labelsAndMask(taken, targets);
        online.setInputs(matrix(x, ROWS, INPUTS));
        online.setLabels(labels[0]);
        online.setLayerMaskArrays(null, new INDArray[] {labels[1]});
        online.computeGradientAndScore();
        float[] reference = online.gradient().gradient().dup().data().asFloat();

        assertThat(loss).isCloseTo(online.score(), within(1e-5));
        assertThat(direct).hasSameSizeAs(reference);
        for (int i = 0; i < direct.length; i++) {
            assertThat(direct[i]).as("gradient[%d]", i)
                    .isCloseTo(reference[i], within(1e-5f + 1e-4f * Math.abs(reference[i])));
        }
    }

    @Test
    void takesTheSameAdamStepsAsFit() {
        assertSameStepsAsFit(0);
    }

    @Test
    void takesTheSameClippedAdamStepsAsFit() {
        assertSameStepsAsFit(0.05);
    }

    private static void assertSameStepsAsFit(double clip) {
        ComputationGraph direct = network(clip);
        ComputationGraph reference = network(clip);
        DirectQEngine engine = engine(direct, network(clip));
        SplittableRandom random = new SplittableRandom(4);
        for (int step = 0; step < 3; step++) {
            float[] x = random(random, ROWS * INPUTS, 2);
            int[] taken = actions(random, ROWS);
            float[] targets = random(random, ROWS, 3);
            engine.train(x, taken, targets, ROWS);
            INDArray[] labels = labelsAndMask(taken, targets);
            reference.fit(new INDArray[] {matrix(x, ROWS, INPUTS)}, new INDArray[] {labels[0]}, null,
                    new INDArray[] {labels[1]});
        }
        assertThat(direct.getConfiguration().getIterationCount())
                .isEqualTo(reference.getConfiguration().getIterationCount()).isEqualTo(3);
        assertClose(direct.params(), reference.params(), "parameters");
        assertClose(direct.getUpdater().getStateViewArray(), reference.getUpdater().getStateViewArray(),
                "Adam state");
    }

    private static void assertClose(INDArray actual, INDArray expected, String what) {
        float[] a = actual.dup().data().asFloat();
        float[] e = expected.dup().data().asFloat();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("%s[%d]", what, i).isCloseTo(e[i], within(1e-6f + 1e-4f * Math.abs(e[i])));
        }
    }

    @Test
    void hardSyncCopiesAndPolyakAverages() {
        ComputationGraph online = network(0);
        ComputationGraph target = DuelingQNetwork.create(DuelingQNetwork.configuration(INPUTS, HIDDEN, ACTIONS, 1e-2,
                DELTA, 0, 7));
        DirectQEngine engine = engine(online, target);
        float[] before = target.params().dup().data().asFloat();
        float[] onlineParams = online.params().dup().data().asFloat();
        engine.syncTarget(0.25);
        float[] averaged = target.params().dup().data().asFloat();
        for (int i = 0; i < before.length; i++) {
            assertThat(averaged[i]).isCloseTo(0.75f * before[i] + 0.25f * onlineParams[i], within(1e-6f));
        }
        engine.syncTarget(1);
        assertThat(target.params().dup().data().asFloat()).containsExactly(onlineParams);
        assertThat(online.params().dataType()).isEqualTo(DataType.FLOAT);
    }
}
