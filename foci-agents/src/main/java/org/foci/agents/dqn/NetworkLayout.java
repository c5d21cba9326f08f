package org.foci.agents.dqn;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where a {@link DuelingQNetwork}'s parameters sit in its flattened parameter buffer, read out of the
 * deeplearning4j graph and checked against the widths it was built with: per layer (trunk
 * {@code dense1..denseL}, then value, then advantage) the offsets of W (column-major) and b, and each
 * layer's gradient clipping threshold. {@link #slices} cuts a flattened buffer of that layout (parameters
 * or gradients) into per-layer views for BLAS.
 *
 * <p>The direct engine computes on the graph's own arrays, so it must know their layout exactly; a graph
 * laid out otherwise (another data type, missing layer, other shapes or order, row-major weights, another
 * gradient normalization) is refused with a message. Immutable.
 */
final class NetworkLayout {

    /** Per layer of a flattened buffer: views of W and b, and pointers to the weights for BLAS. */
    static final class Slices {
        final FloatBuffer all;
        final FloatBuffer[] weights;
        final FloatPointer[] weightPointers;
        final FloatBuffer[] biases;
        final FloatBuffer valueWeights;
        final FloatBuffer valueBias;
        final FloatBuffer advantageWeights;
        final FloatPointer advantagePointer;
        final FloatBuffer advantageBias;

        private Slices(FloatBuffer all, long[][] offsets, int[] widths, int actions) {
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

    /** Layer widths: {@code widths[0]} = F, then the trunk's hidden widths. */
    final int[] widths;
    /** Number of trunk layers. */
    final int layers;
    /** |A|. */
    final int actions;
    /** Length of the flattened parameter buffer. */
    final int parameterCount;
    /** Per layer (trunk, value, advantage): {start, end} of its parameters (W then b, contiguous). */
    final int[][] layerRanges;
    /** Per layer: the L2 clipping threshold of its gradient, 0 for none. */
    final double[] clipThresholds;
    private final List<String> names;
    /** Per layer: offsets of W and b in the flattened buffer. */
    private final long[][] offsets;

    /**
     * Reads the layout of {@code graph}.
     *
     * @param hiddenUnits the trunk widths the graph was built with
     * @param inputSize   F of the graph
     * @param actions     |A|
     * @throws IllegalStateException if the graph is not laid out as {@link DuelingQNetwork} makes it
     */
    NetworkLayout(ComputationGraph graph, List<Integer> hiddenUnits, int inputSize, int actions) {
        this.layers = hiddenUnits.size();
        this.widths = new int[layers + 1];
        widths[0] = inputSize;
        for (int i = 0; i < layers; i++) {
            widths[i + 1] = hiddenUnits.get(i);
        }
        this.actions = actions;
        this.names = new ArrayList<>();
        for (int i = 1; i <= layers; i++) {
            names.add("dense" + i);
        }
        names.add(DuelingQNetwork.VALUE);
        names.add(DuelingQNetwork.ADVANTAGE);
        this.offsets = parameterOffsets(graph);
        this.parameterCount = Math.toIntExact(graph.numParams());
        this.layerRanges = new int[names.size()][];
        this.clipThresholds = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Layer layer = graph.getLayer(names.get(i));
            long weightStart = offsets[i][0];
            long biasEnd = offsets[i][1] + layer.getParam("b").length();
            if (offsets[i][1] != weightStart + layer.getParam("W").length()) {
                throw new IllegalStateException("layer " + names.get(i) + " parameters are not W then b");
            }
            layerRanges[i] = new int[] {(int) weightStart, (int) biasEnd};
            clipThresholds[i] = clipThreshold(names.get(i), (BaseLayer) layer.conf().getLayer());
        }
    }

    /**
     * Checks that {@code other} (the target network) has this layout.
     *
     * @throws IllegalStateException if it has another
     */
    void requireSameLayout(ComputationGraph other) {
        if (!Arrays.deepEquals(offsets, parameterOffsets(other))) {
            throw new IllegalStateException("online and target networks have different parameter layouts");
        }
    }

    /** Width of the last trunk layer (the heads' input). */
    int lastWidth() {
        return widths[layers];
    }

    /** The widest layer, head or input: the length of a per-row scratch array. */
    int widest() {
        int widest = actions;
        for (int width : widths) {
            widest = Math.max(widest, width);
        }
        return widest;
    }

    /**
     * Per-layer views of a flattened buffer of this layout (the graph's parameters or gradients).
     *
     * @param what names the buffer in messages
     * @throws IllegalStateException if the buffer is not {@link #parameterCount} direct floats from offset 0
     */
    Slices slices(INDArray flat, String what) {
        return new Slices(buffer(flat, what, parameterCount), offsets, widths, actions);
    }

    /**
     * The direct float buffer behind {@code flat}.
     *
     * @throws IllegalStateException if it is not {@code length} direct floats from offset 0
     */
    static FloatBuffer buffer(INDArray flat, String what, long length) {
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

    private static double clipThreshold(String name, BaseLayer configuration) {
        GradientNormalization normalization = configuration.getGradientNormalization();
        if (normalization == null || normalization == GradientNormalization.None) {
            return 0;
        }
        if (normalization == GradientNormalization.ClipL2PerLayer) {
            return configuration.getGradientNormalizationThreshold();
        }
        throw new IllegalStateException("the direct engine supports no or ClipL2PerLayer gradient "
                + "normalization, but layer " + name + " has " + normalization);
    }

    /** For each layer (trunk, value, advantage): offsets of W and b in the flattened buffer. */
    private long[][] parameterOffsets(ComputationGraph graph) {
        if (graph.params().dataType() != DataType.FLOAT) {
            throw new IllegalStateException("the direct engine needs a float32 network, but it is "
                    + graph.params().dataType());
        }
        long[][] result = new long[names.size()][2];
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
                        + "had strides " + Arrays.toString(weights.stride()));
            }
            result[i][0] = weights.offset();
            result[i][1] = bias.offset();
        }
        return result;
    }

    private static FloatBuffer slice(FloatBuffer all, long offset, long length) {
        FloatBuffer view = all.duplicate();
        view.position(Math.toIntExact(offset));
        view.limit(Math.toIntExact(offset + length));
        return view.slice();
    }
}
