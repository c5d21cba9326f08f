package org.foci.agents.dqn;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The fast {@link QEngine}: the {@link DuelingQNetwork}'s forward and backward passes computed with
 * direct single-precision BLAS calls (OpenBLAS {@code cblas_sgemm}, the library ND4J itself uses)
 * and plain Java loops, <em>on the deeplearning4j graph's own parameter and gradient arrays</em>.
 *
 * <p>Why: deeplearning4j's graph API costs about 2.5 ms per forward pass and 10 ms per {@code fit}
 * on this project's small batches (per-operation overhead of ND4J, about 20 µs for each of dozens of
 * native operations), which is 10× the learner's time budget; direct BLAS calls cost about 1 µs of
 * overhead each and reach 45–65 GFLOP/s on these shapes (docs/agents.md, "Performance").
 *
 * <p>What stays in deeplearning4j: the network definition ({@link DuelingQNetwork}) and all its state,
 * used in place: the parameters, the flattened gradient view (the gradient is written there), the
 * updater's Adam moments and the iteration count. So the two engines are interchangeable at any time
 * and share checkpoints. Re-implemented here, as deeplearning4j defines them: the forward pass, the
 * dueling aggregation {@code Q = V + A − mean(A)}, the Huber loss on the taken action,
 * back-propagation through the aggregation, and the update {@code fit} applies (divide by the batch
 * size, per-layer L2 clipping, Adam with bias correction). Tests check each against the graph: the
 * same Q-values as {@code outputSingle}, the same gradient and loss as
 * {@code computeGradientAndScore}, the same parameters and Adam state after several steps as
 * {@code fit}.
 *
 * <p>Layout: BLAS works on direct buffers (the graph's parameter buffers and this engine's
 * activation buffers); the element-wise work runs on heap arrays, filled by bulk copies.
 *
 * <p>Supports the learner's graphs: float32, ReLU dense trunk, linear value and advantage heads,
 * one Adam updater, no or per-layer L2 gradient clipping. Not thread-safe.
 */
final class DirectQEngine implements QEngine {

    /** Slices of one flattened parameter (or gradient) buffer, per layer. */
    private static final class Net {
        final FloatBuffer all;
        final FloatBuffer[] weights;
        final FloatPointer[] weightPointers;
        final FloatBuffer[] biases;
        final FloatBuffer valueWeights;
        final FloatBuffer valueBias;
        final FloatBuffer advantageWeights;
        final FloatPointer advantagePointer;
        final FloatBuffer advantageBias;

        Net(FloatBuffer all, long[][] offsets, int[] widths, int actions) {
            this.all = all;
            int layers = widths.length - 1;
            weights = new FloatBuffer[layers + 1];
            weightPointers = new FloatPointer[layers + 1];
            biases = new FloatBuffer[layers + 1];
            for (int i = 1; i <= layers; i++) {
                weights[i] = slice(all, offsets[i - 1][0], (long) widths[i - 1] * widths[i]);
                weightPointers[i] = new FloatPointer(weights[i]);
                biases[i] = slice(all, offsets[i - 1][1], widths[i]);
            }
            int last = widths[layers];
            valueWeights = slice(all, offsets[layers][0], last);
            valueBias = slice(all, offsets[layers][1], 1);
            advantageWeights = slice(all, offsets[layers + 1][0], (long) last * actions);
            advantagePointer = new FloatPointer(advantageWeights);
            advantageBias = slice(all, offsets[layers + 1][1], actions);
        }
    }

    /**
     * Activations (and, for training, their gradients) of a batch of up to {@code rows} rows: a direct
     * buffer for BLAS and a heap mirror for element-wise work.
     */
    private static final class Workspace {
        final FloatBuffer input;
        final FloatPointer inputPointer;
        final FloatBuffer[] hidden;
        final FloatPointer[] hiddenPointers;
        final float[][] hiddenValues;
        final FloatBuffer q;
        final FloatPointer qPointer;
        final float[] qValues;
        final float[] value;
        final FloatBuffer[] hiddenGradients;
        final FloatPointer[] hiddenGradientPointers;
        final float[][] hiddenGradientValues;
        final FloatBuffer advantageGradient;
        final FloatPointer advantageGradientPointer;
        final float[] advantageGradientValues;
        final float[] valueGradient;

        Workspace(int rows, int[] widths, int actions, boolean training) {
            int layers = widths.length - 1;
            input = direct((long) rows * widths[0]);
            inputPointer = new FloatPointer(input);
            hidden = new FloatBuffer[layers + 1];
            hiddenPointers = new FloatPointer[layers + 1];
            hiddenValues = new float[layers + 1][];
            hiddenGradients = new FloatBuffer[layers + 1];
            hiddenGradientPointers = new FloatPointer[layers + 1];
            hiddenGradientValues = new float[layers + 1][];
            for (int i = 1; i <= layers; i++) {
                hidden[i] = direct((long) rows * widths[i]);
                hiddenPointers[i] = new FloatPointer(hidden[i]);
                hiddenValues[i] = new float[rows * widths[i]];
                if (training) {
                    hiddenGradients[i] = direct((long) rows * widths[i]);
                    hiddenGradientPointers[i] = new FloatPointer(hiddenGradients[i]);
                    hiddenGradientValues[i] = new float[rows * widths[i]];
                }
            }
            q = direct((long) rows * actions);
            qPointer = new FloatPointer(q);
            qValues = new float[rows * actions];
            value = new float[rows];
            advantageGradient = training ? direct((long) rows * actions) : null;
            advantageGradientPointer = training ? new FloatPointer(advantageGradient) : null;
            advantageGradientValues = training ? new float[rows * actions] : null;
            valueGradient = training ? new float[rows] : null;
        }
    }

    private final ComputationGraph online;
    private final ComputationGraph target;
    private final int[] widths;
    private final int layers;
    private final int actions;
    private final int capacity;
    private final int batchCapacity;
    private final float huberDelta;
    private final Net onlineNet;
    private final Net targetNet;
    private final Net gradientNet;
    private final FloatBuffer adamMoments;
    private final int parameterCount;
    private final Adam adam;
    /** Per layer (trunk, value, advantage): {start, end} of its parameters (W then b, contiguous). */
    private final int[][] layerRanges;
    private final double[] clipThresholds;
    private final Workspace inference;
    private final Workspace training;
    private final float[] scratch;
    private final float[] valueWeightValues;
    private final float[] gradientValues;
    private final float[] parameterValues;
    private final float[] firstMoments;
    private final float[] secondMoments;

    /**
     * @param online        the network trained (its parameters and updater state are used in place)
     * @param target        the target network, same configuration
     * @param hiddenUnits   the trunk widths the graphs were built with
     * @param inputSize     F of the graphs
     * @param actions       |A|
     * @param huberDelta    δ of the loss (as in the graph's loss layer)
     * @param capacity      most rows of a {@link #predict} call
     * @param batchCapacity most rows of a {@link #train} call
     * @throws IllegalStateException if the graphs are not laid out as {@link DuelingQNetwork} makes them
     */
    DirectQEngine(ComputationGraph online, ComputationGraph target, List<Integer> hiddenUnits, int inputSize,
                  int actions, double huberDelta, int capacity, int batchCapacity) {
        this.online = Objects.requireNonNull(online, "online");
        this.target = Objects.requireNonNull(target, "target");
        this.layers = hiddenUnits.size();
        this.widths = new int[layers + 1];
        widths[0] = inputSize;
        for (int i = 0; i < layers; i++) {
            widths[i + 1] = hiddenUnits.get(i);
        }
        this.actions = actions;
        this.capacity = capacity;
        this.batchCapacity = batchCapacity;
        this.huberDelta = (float) huberDelta;

        long[][] offsets = parameterOffsets(online);
        if (!java.util.Arrays.deepEquals(offsets, parameterOffsets(target))) {
            throw new IllegalStateException("online and target networks have different parameter layouts");
        }
        this.parameterCount = Math.toIntExact(online.numParams());
        if (online.getGradientsViewArray() == null) {
            online.initGradientsView();
        }
        this.onlineNet = new Net(buffer(online.params(), "online parameters", parameterCount), offsets, widths,
                actions);
        this.targetNet = new Net(buffer(target.params(), "target parameters", parameterCount), offsets, widths,
                actions);
        this.gradientNet = new Net(buffer(online.getFlattenedGradients(), "gradients", parameterCount), offsets,
                widths, actions);
        this.adam = adamOf(online, parameterCount);
        this.adamMoments = buffer(online.getUpdater().getStateViewArray(), "Adam moments", 2L * parameterCount);

        List<String> names = layerNames();
        this.layerRanges = new int[names.size()][];
        this.clipThresholds = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Layer layer = online.getLayer(names.get(i));
            long weightStart = offsets[i][0];
            long biasEnd = offsets[i][1] + layer.getParam("b").length();
            if (offsets[i][1] != weightStart + layer.getParam("W").length()) {
                throw new IllegalStateException("layer " + names.get(i) + " parameters are not W then b");
            }
            layerRanges[i] = new int[] {(int) weightStart, (int) biasEnd};
            BaseLayer configuration = (BaseLayer) layer.conf().getLayer();
            GradientNormalization normalization = configuration.getGradientNormalization();
            if (normalization == null || normalization == GradientNormalization.None) {
                clipThresholds[i] = 0;
            } else if (normalization == GradientNormalization.ClipL2PerLayer) {
                clipThresholds[i] = configuration.getGradientNormalizationThreshold();
            } else {
                throw new IllegalStateException("the direct engine supports no or ClipL2PerLayer gradient "
                        + "normalization, but layer " + names.get(i) + " has " + normalization);
            }
        }
        this.inference = new Workspace(capacity, widths, actions, false);
        this.training = new Workspace(batchCapacity, widths, actions, true);
        int widest = actions;
        for (int width : widths) {
            widest = Math.max(widest, width);
        }
        this.scratch = new float[widest];
        this.valueWeightValues = new float[widths[layers]];
        this.gradientValues = new float[parameterCount];
        this.parameterValues = new float[parameterCount];
        this.firstMoments = new float[parameterCount];
        this.secondMoments = new float[parameterCount];
    }

    private List<String> layerNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= layers; i++) {
            names.add("dense" + i);
        }
        names.add(DuelingQNetwork.VALUE);
        names.add(DuelingQNetwork.ADVANTAGE);
        return names;
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

    /** For each layer (trunk, value, advantage): offsets of W and b in the flattened buffer. */
    private long[][] parameterOffsets(ComputationGraph graph) {
        if (graph.params().dataType() != DataType.FLOAT) {
            throw new IllegalStateException("the direct engine needs a float32 network, but it is "
                    + graph.params().dataType());
        }
        List<String> names = layerNames();
        long[][] offsets = new long[names.size()][2];
        for (int i = 0; i < names.size(); i++) {
            Layer layer = graph.getLayer(names.get(i));
            if (layer == null) {
                throw new IllegalStateException("the network has no layer '" + names.get(i) + "'");
            }
            INDArray weights = layer.getParam("W");
            INDArray bias = layer.getParam("b");
            long rows = weights.size(0);
            long columns = weights.size(1);
            long expectedIn = i < layers ? widths[i] : widths[layers];
            long expectedOut = i < layers ? widths[i + 1] : i == layers ? 1 : actions;
            if (rows != expectedIn || columns != expectedOut || bias.length() != expectedOut) {
                throw new IllegalStateException("layer " + names.get(i) + " has W " + rows + "×" + columns + " and b "
                        + bias.length() + ", expected " + expectedIn + "×" + expectedOut);
            }
            if (weights.stride(0) != 1 || weights.stride(1) != rows) {
                throw new IllegalStateException("layer " + names.get(i) + " weights must be column-major ('f'), but "
                        + "had strides " + java.util.Arrays.toString(weights.stride()));
            }
            offsets[i][0] = weights.offset();
            offsets[i][1] = bias.offset();
        }
        return offsets;
    }

    private static FloatBuffer buffer(INDArray flat, String what, long length) {
        if (flat.offset() != 0 || flat.length() != length) {
            throw new IllegalStateException(what + " must be " + length + " values from offset 0, but were "
                    + flat.length() + " from " + flat.offset());
        }
        FloatBuffer buffer = flat.data().asNioFloat();
        if (!buffer.isDirect() || buffer.capacity() < length) {
            throw new IllegalStateException(what + " are not a direct buffer of " + length + " floats");
        }
        return buffer;
    }

    private static FloatBuffer slice(FloatBuffer all, long offset, long length) {
        FloatBuffer view = all.duplicate();
        view.position(Math.toIntExact(offset));
        view.limit(Math.toIntExact(offset + length));
        return view.slice();
    }

    private static FloatBuffer direct(long floats) {
        return ByteBuffer.allocateDirect(Math.toIntExact(Math.max(1, floats) * Float.BYTES))
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public void predict(float[] inputs, int rows, float[] qOut) {
        predict(onlineNet, inputs, rows, qOut);
    }

    @Override
    public void predictTarget(float[] inputs, int rows, float[] qOut) {
        predict(targetNet, inputs, rows, qOut);
    }

    private void predict(Net net, float[] inputs, int rows, float[] qOut) {
        if (rows > capacity) {
            throw new IllegalArgumentException("rows must be <= " + capacity + ", but was " + rows);
        }
        inference.input.put(0, inputs, 0, rows * widths[0]);
        forward(net, inference, rows);
        System.arraycopy(inference.qValues, 0, qOut, 0, rows * actions);
    }

    /** Forward pass: hidden activations (buffers and mirrors), the value, and Q into {@code ws.qValues}. */
    private void forward(Net net, Workspace ws, int rows) {
        FloatPointer in = ws.inputPointer;
        for (int i = 1; i <= layers; i++) {
            int nIn = widths[i - 1];
            int nOut = widths[i];
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, rows, nOut, nIn, 1f, in, nIn, net.weightPointers[i],
                    nIn, 0f, ws.hiddenPointers[i], nOut);
            float[] h = ws.hiddenValues[i];
            int cells = rows * nOut;
            ws.hidden[i].get(0, h, 0, cells);
            net.biases[i].get(0, scratch, 0, nOut);
            for (int r = 0; r < rows; r++) {
                int base = r * nOut;
                for (int j = 0; j < nOut; j++) {
                    h[base + j] = Math.max(h[base + j] + scratch[j], 0f);
                }
            }
            ws.hidden[i].put(0, h, 0, cells);
            in = ws.hiddenPointers[i];
        }
        int last = widths[layers];
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, rows, actions, last, 1f, in, last, net.advantagePointer,
                last, 0f, ws.qPointer, actions);
        float[] q = ws.qValues;
        ws.q.get(0, q, 0, rows * actions);
        float[] h = ws.hiddenValues[layers];
        float[] valueWeights = valueWeightValues;
        net.valueWeights.get(0, valueWeights, 0, last);
        float valueBias = net.valueBias.get(0);
        net.advantageBias.get(0, scratch, 0, actions);
        for (int r = 0; r < rows; r++) {
            float v = dot(h, r * last, valueWeights, last) + valueBias;
            ws.value[r] = v;
            int qBase = r * actions;
            for (int a = 0; a < actions; a++) {
                q[qBase + a] += scratch[a];
            }
            float shift = v - sum(q, qBase, actions) / actions;
            for (int a = 0; a < actions; a++) {
                q[qBase + a] += shift;
            }
        }
    }

    /** {@code Σ_k a[from + k]·b[k]} with four accumulators (breaks the add latency chain). */
    private static float dot(float[] a, int from, float[] b, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int k = 0;
        for (; k + 3 < length; k += 4) {
            s0 += a[from + k] * b[k];
            s1 += a[from + k + 1] * b[k + 1];
            s2 += a[from + k + 2] * b[k + 2];
            s3 += a[from + k + 3] * b[k + 3];
        }
        for (; k < length; k++) {
            s0 += a[from + k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code Σ_k a[from + k]} with four accumulators. */
    private static float sum(float[] a, int from, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int k = 0;
        for (; k + 3 < length; k += 4) {
            s0 += a[from + k];
            s1 += a[from + k + 1];
            s2 += a[from + k + 2];
            s3 += a[from + k + 3];
        }
        for (; k < length; k++) {
            s0 += a[from + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public double train(float[] inputs, int[] taken, float[] targets, int rows) {
        double loss = gradient(inputs, taken, targets, rows);
        ComputationGraphConfiguration configuration = online.getConfiguration();
        int iteration = configuration.getIterationCount();
        adamStep(rows, iteration, configuration.getEpochCount());
        configuration.setIterationCount(iteration + 1);
        return loss;
    }

    /**
     * The update {@code fit} applies to the gradient in the graph's gradient view: divide by the batch
     * size, clip each layer's L2 norm, then Adam ({@code m ← β₁m + (1−β₁)g}, {@code v ← β₂v + (1−β₂)g²},
     * {@code θ ← θ − α_t m / (√v + ε)} with {@code α_t = η √(1−β₂^{t+1}) / (1−β₁^{t+1})}).
     */
    private void adamStep(int rows, int iteration, int epoch) {
        int n = parameterCount;
        float[] g = gradientValues;
        float[] p = parameterValues;
        float[] m = firstMoments;
        float[] v = secondMoments;
        gradientNet.all.get(0, g, 0, n);
        onlineNet.all.get(0, p, 0, n);
        adamMoments.get(0, m, 0, n);
        adamMoments.get(n, v, 0, n);
        for (int i = 0; i < n; i++) {
            g[i] /= rows;
        }
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
        onlineNet.all.put(0, p, 0, n);
        adamMoments.put(0, m, 0, n);
        adamMoments.put(n, v, 0, n);
    }

    /**
     * Writes the gradient of the summed Huber loss (not yet divided by the batch size) into the
     * graph's flattened gradient view, and returns the mean loss.
     */
    double gradient(float[] inputs, int[] taken, float[] targets, int rows) {
        if (rows > batchCapacity) {
            throw new IllegalArgumentException("rows must be <= " + batchCapacity + ", but was " + rows);
        }
        Workspace ws = training;
        ws.input.put(0, inputs, 0, rows * widths[0]);
        forward(onlineNet, ws, rows);

        // Huber loss on the taken action, and its gradient through the dueling aggregation:
        // dQ = c·e_a, so dV = c and dA = c·(e_a − 1/|A|).
        double loss = 0;
        float delta = huberDelta;
        float[] dAdvantage = ws.advantageGradientValues;
        float[] q = ws.qValues;
        for (int b = 0; b < rows; b++) {
            int a = taken[b];
            float error = q[b * actions + a] - targets[b];
            float magnitude = Math.abs(error);
            loss += magnitude <= delta ? 0.5 * error * error : delta * (magnitude - 0.5 * delta);
            float c = Math.max(-delta, Math.min(delta, error));
            ws.valueGradient[b] = c;
            float spread = -c / actions;
            int base = b * actions;
            java.util.Arrays.fill(dAdvantage, base, base + actions, spread);
            dAdvantage[base + a] = c + spread;
        }
        ws.advantageGradient.put(0, dAdvantage, 0, rows * actions);

        int last = widths[layers];
        float[] hLast = ws.hiddenValues[layers];
        // Advantage head: dW = H_Lᵀ·dA (stored column-major = (dAᵀ·H_L) row-major), db = Σ_b dA.
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, actions, last, rows, 1f, ws.advantageGradientPointer,
                actions, ws.hiddenPointers[layers], last, 0f, gradientNet.advantagePointer, last);
        java.util.Arrays.fill(scratch, 0, actions, 0f);
        for (int b = 0; b < rows; b++) {
            int base = b * actions;
            for (int j = 0; j < actions; j++) {
                scratch[j] += dAdvantage[base + j];
            }
        }
        gradientNet.advantageBias.put(0, scratch, 0, actions);
        // Value head: dW = H_Lᵀ·dV, db = Σ_b dV.
        float valueBiasGradient = 0f;
        java.util.Arrays.fill(scratch, 0, last, 0f);
        for (int b = 0; b < rows; b++) {
            float dv = ws.valueGradient[b];
            valueBiasGradient += dv;
            int base = b * last;
            for (int k = 0; k < last; k++) {
                scratch[k] += dv * hLast[base + k];
            }
        }
        gradientNet.valueWeights.put(0, scratch, 0, last);
        gradientNet.valueBias.put(0, valueBiasGradient);
        // Into the trunk: dH_L = dA·W_Aᵀ + dV·W_Vᵀ.
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, rows, last, actions, 1f, ws.advantageGradientPointer,
                actions, onlineNet.advantagePointer, last, 0f, ws.hiddenGradientPointers[layers], last);
        float[] valueWeights = valueWeightValues;
        onlineNet.valueWeights.get(0, valueWeights, 0, last);
        ws.hiddenGradients[layers].get(0, ws.hiddenGradientValues[layers], 0, rows * last);
        float[] dLast = ws.hiddenGradientValues[layers];
        for (int b = 0; b < rows; b++) {
            float dv = ws.valueGradient[b];
            int base = b * last;
            for (int k = 0; k < last; k++) {
                dLast[base + k] += dv * valueWeights[k];
            }
        }
        // Trunk, last layer first: dZ = dH ⊙ 1(H > 0), dW = inᵀ·dZ, db = Σ_b dZ, dIn = dZ·Wᵀ.
        for (int i = layers; i >= 1; i--) {
            int nIn = widths[i - 1];
            int nOut = widths[i];
            float[] dz = ws.hiddenGradientValues[i];
            float[] h = ws.hiddenValues[i];
            int cells = rows * nOut;
            for (int cell = 0; cell < cells; cell++) {
                // h = max(z, 0) >= 0, so signum(h) is the ReLU derivative 1(z > 0), without a branch.
                dz[cell] *= Math.signum(h[cell]);
            }
            java.util.Arrays.fill(scratch, 0, nOut, 0f);
            for (int b = 0; b < rows; b++) {
                int base = b * nOut;
                for (int j = 0; j < nOut; j++) {
                    scratch[j] += dz[base + j];
                }
            }
            gradientNet.biases[i].put(0, scratch, 0, nOut);
            ws.hiddenGradients[i].put(0, dz, 0, cells);
            FloatPointer in = i == 1 ? ws.inputPointer : ws.hiddenPointers[i - 1];
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, nOut, nIn, rows, 1f, ws.hiddenGradientPointers[i], nOut,
                    in, nIn, 0f, gradientNet.weightPointers[i], nIn);
            if (i > 1) {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, rows, nIn, nOut, 1f, ws.hiddenGradientPointers[i],
                        nOut, onlineNet.weightPointers[i], nIn, 0f, ws.hiddenGradientPointers[i - 1], nIn);
                ws.hiddenGradients[i - 1].get(0, ws.hiddenGradientValues[i - 1], 0, rows * nIn);
            }
        }
        return loss / rows;
    }

    @Override
    public void syncTarget(double tau) {
        int n = parameterCount;
        float[] p = parameterValues;
        float[] t = gradientValues;
        onlineNet.all.get(0, p, 0, n);
        if (tau >= 1) {
            targetNet.all.put(0, p, 0, n);
            return;
        }
        targetNet.all.get(0, t, 0, n);
        float keep = (float) (1 - tau);
        float take = (float) tau;
        for (int i = 0; i < n; i++) {
            t[i] = keep * t[i] + take * p[i];
        }
        targetNet.all.put(0, t, 0, n);
    }
}
