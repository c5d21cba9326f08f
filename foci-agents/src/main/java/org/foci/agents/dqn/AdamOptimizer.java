package org.foci.agents.dqn;

import java.nio.FloatBuffer;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The update deeplearning4j's {@code fit} applies to a gradient, on the graph's own state: divide by the
 * batch size, clip each layer's L2 norm, then Adam ({@code m ← β₁m + (1−β₁)g}, {@code v ← β₂v + (1−β₂)g²},
 * {@code θ ← θ − α_t m / (√v + ε)} with {@code α_t = η √(1−β₂^{t+1}) / (1−β₁^{t+1})}).
 *
 * <p>Its state is the graph's: the moments are the updater's state view laid out {@code [m | v]}, the step
 * counter t is the configuration's iteration count, so the graph API's {@code fit} and checkpoints see
 * exactly what this class wrote. The element-wise work runs on heap copies, one bulk copy each way per
 * step. Not thread-safe.
 */
final class AdamOptimizer {

    private final ComputationGraph graph;
    private final Adam adam;
    private final FloatBuffer parameters;
    private final FloatBuffer gradients;
    private final FloatBuffer moments;
    private final int parameterCount;
    private final int[][] layerRanges;
    private final double[] clipThresholds;
    private final float[] gradientValues;
    private final float[] parameterValues;
    private final float[] firstMoments;
    private final float[] secondMoments;

    /**
     * @param graph      the online network; its single Adam updater block supplies the moments and settings
     * @param layout     the graph's layout (per-layer ranges and clipping thresholds)
     * @param parameters the graph's flattened parameters, updated in place
     * @param gradients  the graph's flattened gradient, summed over the batch
     * @throws IllegalStateException if the graph has not exactly one Adam updater block over all parameters
     */
    AdamOptimizer(ComputationGraph graph, NetworkLayout layout, FloatBuffer parameters, FloatBuffer gradients) {
        this.graph = graph;
        this.parameterCount = layout.parameterCount;
        this.adam = adamOf(graph, parameterCount);
        this.moments = NetworkLayout.buffer(graph.getUpdater().getStateViewArray(), "Adam moments",
                2L * parameterCount);
        this.parameters = parameters;
        this.gradients = gradients;
        this.layerRanges = layout.layerRanges;
        this.clipThresholds = layout.clipThresholds;
        this.gradientValues = new float[parameterCount];
        this.parameterValues = new float[parameterCount];
        this.firstMoments = new float[parameterCount];
        this.secondMoments = new float[parameterCount];
    }

    /** The single Adam updater block over all parameters, with its moments laid out [m | v]. */
    private static Adam adamOf(ComputationGraph graph, int parameterCount) {
        List<UpdaterBlock> blocks = graph.getUpdater().getUpdaterBlocks();
        if (blocks.size() != 1) {
            throw new IllegalStateException("the direct engine needs one updater block, but the graph has "
                    + blocks.size());
        }
        UpdaterBlock block = blocks.get(0);
        IUpdater updater = block.getGradientUpdater().getConfig();
        if (!(updater instanceof Adam adam)) {
            throw new IllegalStateException("the direct engine needs the Adam updater, but the graph has " + updater);
        }
        if (block.getParamOffsetStart() != 0 || block.getParamOffsetEnd() != parameterCount
                || block.getUpdaterViewOffsetStart() != 0 || block.getUpdaterViewOffsetEnd() != 2 * parameterCount) {
            throw new IllegalStateException("the Adam updater block must cover all " + parameterCount
                    + " parameters with a state of twice that size");
        }
        return adam;
    }

    /**
     * One step on the gradient of a batch of {@code rows} rows, then the step counter advances.
     *
     * @param rows the batch size the gradient was summed over
     */
    void step(int rows) {
        ComputationGraphConfiguration configuration = graph.getConfiguration();
        int iteration = configuration.getIterationCount();
        apply(rows, iteration, configuration.getEpochCount());
        configuration.setIterationCount(iteration + 1);
    }

    private void apply(int rows, int iteration, int epoch) {
        int n = parameterCount;
        float[] g = gradientValues;
        float[] p = parameterValues;
        float[] m = firstMoments;
        float[] v = secondMoments;
        gradients.get(0, g, 0, n);
        parameters.get(0, p, 0, n);
        moments.get(0, m, 0, n);
        moments.get(n, v, 0, n);
        for (int i = 0; i < n; i++) {
            g[i] /= rows;
        }
        clip(g);
        double beta1 = adam.getBeta1();
        double beta2 = adam.getBeta2();
        double epsilon = adam.getEpsilon();
        double alpha = adam.getLearningRate(iteration, epoch) * Math.sqrt(1 - Math.pow(beta2, iteration + 1))
                / (1 - Math.pow(beta1, iteration + 1));
        if (Double.isNaN(alpha) || alpha == 0) {
            alpha = epsilon;
        }
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float oneMinusB1 = (float) (1 - beta1);
        float oneMinusB2 = (float) (1 - beta2);
        float step = (float) alpha;
        float eps = (float) epsilon;
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + oneMinusB1 * gi;
            float vi = b2 * v[i] + oneMinusB2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            p[i] -= step * mi / ((float) Math.sqrt(vi) + eps);
        }
        parameters.put(0, p, 0, n);
        moments.put(0, m, 0, n);
        moments.put(n, v, 0, n);
    }

    /** Scales each layer's slice of {@code g} down to its L2 threshold, where it has one. */
    private void clip(float[] g) {
        for (int l = 0; l < layerRanges.length; l++) {
            double threshold = clipThresholds[l];
            if (threshold > 0) {
                int start = layerRanges[l][0];
                int end = layerRanges[l][1];
                double squares = 0;
                for (int i = start; i < end; i++) {
                    squares += (double) g[i] * g[i];
                }
                double norm = Math.sqrt(squares);
                if (norm > threshold) {
                    float scale = (float) (threshold / norm);
                    for (int i = start; i < end; i++) {
                        g[i] *= scale;
                    }
                }
            }
        }
    }
}
