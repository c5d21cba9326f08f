package org.foci.agents.dqn;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The fast {@link QEngine}: the {@link DuelingQNetwork}'s forward and backward passes computed with
 * direct single-precision BLAS calls (OpenBLAS {@code cblas_sgemm}, the library ND4J itself uses)
 * and plain Java loops, <em>on the deeplearning4j graph's own parameter and gradient arrays</em>.
 *
 * <p>Why: deeplearning4j's graph API pays a fixed overhead for each of the dozens of native operations of
 * a forward pass or a {@code fit}, which dominates on this project's small batches; a direct BLAS call
 * has almost none, so the time goes into arithmetic (the measurements are in docs/performance.md and
 * docs/agents.md, "Performance").
 *
 * <p>What stays in deeplearning4j: the network definition ({@link DuelingQNetwork}) and all its state,
 * used in place: the parameters, the flattened gradient view (the gradient is written there), the
 * updater's Adam moments and the iteration count. So the two engines are interchangeable at any time
 * and share checkpoints. Re-implemented here, as deeplearning4j defines them: the forward pass, the
 * dueling aggregation {@code Q = V + A − mean(A)}, the Huber loss on the taken action and
 * back-propagation through the aggregation; the update {@code fit} applies is {@link AdamOptimizer}'s,
 * the parameter layout {@link NetworkLayout}'s. Tests check each against the graph: the same Q-values as
 * {@code outputSingle}, the same gradient and loss as {@code computeGradientAndScore}, the same parameters
 * and Adam state after several steps as {@code fit}.
 *
 * <p>Layout: BLAS works on direct buffers (the graph's parameter buffers and the {@link Workspace}s'
 * activation buffers); the element-wise work runs on heap arrays, filled by bulk copies.
 *
 * <p>Supports the learner's graphs: float32, ReLU dense trunk, linear value and advantage heads,
 * one Adam updater, no or per-layer L2 gradient clipping. Not thread-safe.
 */
final class DirectQEngine implements QEngine {

    private final int[] widths;
    private final int layers;
    private final int actions;
    private final int capacity;
    private final int batchCapacity;
    private final float huberDelta;
    private final NetworkLayout.Slices onlineNet;
    private final NetworkLayout.Slices targetNet;
    private final NetworkLayout.Slices gradientNet;
    private final AdamOptimizer optimizer;
    private final int parameterCount;
    private final Workspace inference;
    private final Workspace training;
    private final float[] scratch;
    private final float[] valueWeightValues;
    private final float[] onlineValues;
    private final float[] targetValues;

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
        Objects.requireNonNull(online, "online");
        Objects.requireNonNull(target, "target");
        NetworkLayout layout = new NetworkLayout(online, hiddenUnits, inputSize, actions);
        layout.requireSameLayout(target);
        this.widths = layout.widths;
        this.layers = layout.layers;
        this.actions = actions;
        this.capacity = capacity;
        this.batchCapacity = batchCapacity;
        this.huberDelta = (float) huberDelta;
        this.parameterCount = layout.parameterCount;
        if (online.getGradientsViewArray() == null) {
            online.initGradientsView();
        }
        this.onlineNet = layout.slices(online.params(), "online parameters");
        this.targetNet = layout.slices(target.params(), "target parameters");
        this.gradientNet = layout.slices(online.getFlattenedGradients(), "gradients");
        this.optimizer = new AdamOptimizer(online, layout, onlineNet.all, gradientNet.all);
        this.inference = new Workspace(capacity, widths, actions, false);
        this.training = new Workspace(batchCapacity, widths, actions, true);
        this.scratch = new float[layout.widest()];
        this.valueWeightValues = new float[layout.lastWidth()];
        this.onlineValues = new float[parameterCount];
        this.targetValues = new float[parameterCount];
    }

    @Override
    public void predict(float[] inputs, int fromRow, int rows, float[] qOut) {
        predict(onlineNet, inputs, fromRow, rows, qOut);
    }

    @Override
    public void predictTarget(float[] inputs, int rows, float[] qOut) {
        predict(targetNet, inputs, 0, rows, qOut);
    }

    private void predict(NetworkLayout.Slices net, float[] inputs, int fromRow, int rows, float[] qOut) {
        if (rows > capacity) {
            throw new IllegalArgumentException("rows must be <= " + capacity + ", but was " + rows);
        }
        inference.input.put(0, inputs, fromRow * widths[0], rows * widths[0]);
        forward(net, inference, rows);
        System.arraycopy(inference.qValues, 0, qOut, 0, rows * actions);
    }

    /** Forward pass: hidden activations (buffers and mirrors), the value, and Q into {@code ws.qValues}. */
    private void forward(NetworkLayout.Slices net, Workspace ws, int rows) {
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
        optimizer.step(rows);
        return loss;
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
            Arrays.fill(dAdvantage, base, base + actions, spread);
            dAdvantage[base + a] = c + spread;
        }
        ws.advantageGradient.put(0, dAdvantage, 0, rows * actions);

        int last = widths[layers];
        float[] hLast = ws.hiddenValues[layers];
        // Advantage head: dW = H_Lᵀ·dA (stored column-major = (dAᵀ·H_L) row-major), db = Σ_b dA.
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, actions, last, rows, 1f, ws.advantageGradientPointer,
                actions, ws.hiddenPointers[layers], last, 0f, gradientNet.advantagePointer, last);
        Arrays.fill(scratch, 0, actions, 0f);
        for (int b = 0; b < rows; b++) {
            int base = b * actions;
            for (int j = 0; j < actions; j++) {
                scratch[j] += dAdvantage[base + j];
            }
        }
        gradientNet.advantageBias.put(0, scratch, 0, actions);
        // Value head: dW = H_Lᵀ·dV, db = Σ_b dV.
        float valueBiasGradient = 0f;
        Arrays.fill(scratch, 0, last, 0f);
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
            Arrays.fill(scratch, 0, nOut, 0f);
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
        float[] p = onlineValues;
        float[] t = targetValues;
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
