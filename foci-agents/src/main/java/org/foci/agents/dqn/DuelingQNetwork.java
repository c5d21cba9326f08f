package org.foci.agents.dqn;

import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The dueling Q-network as a deeplearning4j {@link ComputationGraph}:
 *
 * <pre>
 * observation ─ dense₁ ─ dense₂ ─ dense₃ ─┬─ value (1, linear) ─────┐
 *   (F)          (ReLU, He init)          └─ advantage (|A|, linear) ┴─ q = V + A − mean(A) ─ huber loss
 * </pre>
 *
 * <p>The aggregation is the {@link DuelingAggregationVertex}, so gradients flow through it; the
 * output layer is a parameter-free {@link LossLayer} with the {@link HuberLoss}, trained with a
 * per-output label mask that selects the taken action. The graph's output is Q, {@code [batch, |A|]}.
 * Initial weights are drawn from the configuration's seed.
 */
public final class DuelingQNetwork {

    /** The input vertex: observations, {@code [batch, F]}. */
    public static final String INPUT = "observation";
    /** The value stream V(s), {@code [batch, 1]}. */
    public static final String VALUE = "value";
    /** The advantage stream A(s, ·), {@code [batch, |A|]}. */
    public static final String ADVANTAGE = "advantage";
    /** The dueling aggregation Q(s, ·), {@code [batch, |A|]}. */
    public static final String Q = "q";
    /** The output: the Huber loss layer (its activations are Q). */
    public static final String OUTPUT = "huber";

    private DuelingQNetwork() {
    }

    /** The configuration used by the learner: float32, ReLU trunk, Adam. */
    public static ComputationGraphConfiguration configuration(int inputs, List<Integer> hiddenUnits, int actions,
                                                              double learningRate, double huberDelta,
                                                              double gradientClip, long seed) {
        return configuration(inputs, hiddenUnits, actions, Activation.RELU, new Adam(learningRate), huberDelta,
                gradientClip, seed, DataType.FLOAT);
    }

    /**
     * The configuration with every choice open (tests use double precision and smooth activations
     * for gradient checks).
     *
     * @param inputs       F, {@code >= 1}
     * @param hiddenUnits  widths of the trunk's hidden layers
     * @param actions      |A|, {@code >= 1}
     * @param activation   the trunk's activation
     * @param updater      the optimiser
     * @param huberDelta   δ of the Huber loss
     * @param gradientClip per-layer L2 clipping threshold, 0 for none
     * @param seed         seed of the initial weights
     * @param dataType     the network's floating-point type
     */
    public static ComputationGraphConfiguration configuration(int inputs, List<Integer> hiddenUnits, int actions,
                                                              Activation activation, IUpdater updater,
                                                              double huberDelta, double gradientClip, long seed,
                                                              DataType dataType) {
        Objects.requireNonNull(hiddenUnits, "hiddenUnits");
        if (inputs < 1 || actions < 1 || hiddenUnits.isEmpty()) {
            throw new IllegalArgumentException("a Q-network needs inputs >= 1, actions >= 1 and a hidden layer, but had "
                    + inputs + ", " + actions + " and " + hiddenUnits);
        }
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(dataType)
                .updater(updater)
                .weightInit(WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
        if (gradientClip > 0) {
            base.gradientNormalization(GradientNormalization.ClipL2PerLayer).gradientNormalizationThreshold(gradientClip);
        }
        ComputationGraphConfiguration.GraphBuilder graph = base.graphBuilder().addInputs(INPUT)
                .setInputTypes(InputType.feedForward(inputs));
        String previous = INPUT;
        int width = inputs;
        for (int i = 0; i < hiddenUnits.size(); i++) {
            String name = "dense" + (i + 1);
            graph.addLayer(name, new DenseLayer.Builder().nIn(width).nOut(hiddenUnits.get(i)).activation(activation)
                    .weightInit(activation == Activation.RELU ? WeightInit.RELU : WeightInit.XAVIER).build(), previous);
            previous = name;
            width = hiddenUnits.get(i);
        }
        graph.addLayer(VALUE, new DenseLayer.Builder().nIn(width).nOut(1).activation(Activation.IDENTITY).build(),
                previous);
        graph.addLayer(ADVANTAGE, new DenseLayer.Builder().nIn(width).nOut(actions).activation(Activation.IDENTITY)
                .build(), previous);
        graph.addVertex(Q, new DuelingAggregationVertex(), VALUE, ADVANTAGE);
        graph.addLayer(OUTPUT, new LossLayer.Builder(new HuberLoss(huberDelta)).activation(Activation.IDENTITY).build(),
                Q);
        return graph.setOutputs(OUTPUT).build();
    }

    /** An initialised network for {@code configuration}. */
    public static ComputationGraph create(ComputationGraphConfiguration configuration) {
        ComputationGraph network = new ComputationGraph(configuration);
        network.init();
        return network;
    }

    /** Multiply-accumulates of one forward pass for one observation (dense layers only). */
    public static long macsPerExample(int inputs, List<Integer> hiddenUnits, int actions) {
        long macs = 0;
        int width = inputs;
        for (int units : hiddenUnits) {
            macs += (long) width * units;
            width = units;
        }
        return macs + (long) width * (actions + 1);
    }
}
