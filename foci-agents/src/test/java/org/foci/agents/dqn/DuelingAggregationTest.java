package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

/**
 * The dueling aggregation Q = V + A − mean(A) is part of the graph: gradients flow through it (numeric
 * gradient check), V and A are identifiable (advantages average to zero, so V is the mean of Q), and Q
 * does not change when a constant is added to every advantage.
 */
class DuelingAggregationTest {

    private static final int INPUTS = 4;
    private static final int ACTIONS = 5;
    private static final int ROWS = 6;

    private static INDArray randomMatrix(long seed, int rows, int columns, DataType type) {
        Random random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        return Nd4j.rand(random, rows, columns).castTo(type).subi(0.5).muli(4);
    }

    private static ComputationGraph doubleNetwork(double huberDelta) {
        return DuelingQNetwork.create(DuelingQNetwork.configuration(INPUTS, List.of(5, 4, 3), ACTIONS, Activation.TANH,
                new NoOp(), huberDelta, 0, 12345, DataType.DOUBLE));
    }

    private static INDArray takenActionMask(int rows) {
        INDArray mask = Nd4j.zeros(DataType.DOUBLE, rows, ACTIONS);
        for (int b = 0; b < rows; b++) {
            mask.putScalar(b, (3 * b + 1) % ACTIONS, 1.0);
        }
        return mask;
    }

    @Test
    void gradientsFlowThroughTheAggregationAndTheHuberLossQuadraticPart() {
        assertGradientCheck(100.0);
    }

    @Test
    void gradientsFlowThroughTheAggregationAndTheHuberLossLinearPart() {
        assertGradientCheck(0.01);
    }

    private static void assertGradientCheck(double huberDelta) {
        DataType defaultType = Nd4j.dataType();
        DataType defaultFloatType = Nd4j.defaultFloatingPointType();
        // deeplearning4j's gradient check insists on double as the global default type.
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            ComputationGraph network = doubleNetwork(huberDelta);
            INDArray input = randomMatrix(1, ROWS, INPUTS, DataType.DOUBLE);
            INDArray labels = randomMatrix(2, ROWS, ACTIONS, DataType.DOUBLE);
            boolean passed = GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(network)
                    .inputs(new INDArray[] {input}).labels(new INDArray[] {labels})
                    .labelMask(new INDArray[] {takenActionMask(ROWS)})
                    .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9)
                    .print(GradientCheckUtil.PrintMode.FAILURES_ONLY));
            assertThat(passed).as("numeric gradient check").isTrue();
        } finally {
            Nd4j.setDefaultDataTypes(defaultType, defaultFloatType);
        }
    }

    @Test
    void theValueIsTheMeanOfQAndTheAdvantagesAreCentred() {
        ComputationGraph network = doubleNetwork(1);
        INDArray input = randomMatrix(3, ROWS, INPUTS, DataType.DOUBLE);
        Map<String, INDArray> activations = network.feedForward(input, false);
        INDArray value = activations.get(DuelingQNetwork.VALUE);
        INDArray advantage = activations.get(DuelingQNetwork.ADVANTAGE);
        INDArray q = activations.get(DuelingQNetwork.Q);
        for (int b = 0; b < ROWS; b++) {
            double meanAdvantage = advantage.getRow(b).meanNumber().doubleValue();
            assertThat(q.getRow(b).meanNumber().doubleValue()).as("mean of Q, row %d", b)
                    .isCloseTo(value.getDouble(b, 0), within(1e-12));
            for (int a = 0; a < ACTIONS; a++) {
                double centred = q.getDouble(b, a) - value.getDouble(b, 0);
                assertThat(centred).isCloseTo(advantage.getDouble(b, a) - meanAdvantage, within(1e-12));
            }
        }
        assertThat(q.sub(value).sum(1).amaxNumber().doubleValue()).isLessThan(1e-12);
    }

    @Test
    void qIsInvariantToAConstantAddedToTheAdvantages() {
        ComputationGraph network = doubleNetwork(1);
        INDArray input = randomMatrix(4, ROWS, INPUTS, DataType.DOUBLE);
        INDArray before = network.outputSingle(false, input).dup();
        // Adding c to the advantage head's bias adds c to every advantage of every state.
        network.getLayer(DuelingQNetwork.ADVANTAGE).getParam("b").addi(3.75);
        INDArray after = network.outputSingle(false, input);
        assertThat(after.sub(before).amaxNumber().doubleValue()).isLessThan(1e-12);
        Map<String, INDArray> activations = network.feedForward(input, false);
        assertThat(activations.get(DuelingQNetwork.ADVANTAGE).getDouble(0, 0)).isNotCloseTo(0, within(1e-9));
    }

    @Test
    void theVertexAloneAggregatesAndBackPropagatesAsSpecified() {
        DuelingAggregationVertexImpl vertex = new DuelingAggregationVertexImpl(null, "q", 0, DataType.DOUBLE);
        INDArray value = Nd4j.createFromArray(new double[][] {{2.0}, {-1.0}});
        INDArray advantage = Nd4j.createFromArray(new double[][] {{1, 2, 3}, {0, 0, 6}});
        vertex.setInputs(new INDArray[] {value, advantage});
        INDArray q = vertex.doForward(false, LayerWorkspaceMgr.noWorkspaces());
        assertThat(q.toDoubleMatrix()).isDeepEqualTo(new double[][] {{1, 2, 3}, {-3, -3, 3}});

        vertex.setInputs(new INDArray[] {value, advantage.add(10)});
        assertThat(vertex.doForward(false, LayerWorkspaceMgr.noWorkspaces()).toDoubleMatrix())
                .isDeepEqualTo(q.toDoubleMatrix());

        vertex.setEpsilon(Nd4j.createFromArray(new double[][] {{0, 3, 0}, {1, 1, 4}}));
        Pair<?, INDArray[]> gradients = vertex.doBackward(false, LayerWorkspaceMgr.noWorkspaces());
        assertThat(gradients.getSecond()[0].toDoubleMatrix()).isDeepEqualTo(new double[][] {{3}, {6}});
        assertThat(gradients.getSecond()[1].toDoubleMatrix()).isDeepEqualTo(new double[][] {{-1, 2, -1}, {-1, -1, 2}});
    }

    @Test
    void theConfigurationSurvivesJson() {
        ComputationGraphConfiguration configuration = DuelingQNetwork.configuration(INPUTS, List.of(8, 8, 8), ACTIONS,
                1e-4, 1.5, 0, 7);
        ComputationGraphConfiguration restored = ComputationGraphConfiguration.fromJson(configuration.toJson());
        assertThat(restored).isEqualTo(configuration);
        ComputationGraph original = DuelingQNetwork.create(configuration);
        ComputationGraph copy = DuelingQNetwork.create(restored);
        INDArray input = randomMatrix(5, ROWS, INPUTS, DataType.FLOAT);
        assertThat(copy.outputSingle(false, input)).isEqualTo(original.outputSingle(false, input));
    }
}
