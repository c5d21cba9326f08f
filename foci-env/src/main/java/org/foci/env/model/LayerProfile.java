package org.foci.env.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The partition points of an inference model: per layer its name, multiply–accumulates and output
 * size, plus the size of the input (MODEL.md §4).
 *
 * <p>Partition {@code k} means layers {@code 1..k} run on the device and {@code k+1..K} on the
 * edge; {@code k = K} is fully local, {@code k = 0} sends the input. Immutable and thread-safe;
 * arrays are copied in and out.
 */
public final class LayerProfile {

    private final List<String> names;
    private final long[] macs;
    private final long[] outputElements;
    private final long inputElements;
    private final long[] prefixMacs;

    /**
     * @param names          one name per layer, K ≥ 1 of them
     * @param macs           MACs per layer, each {@code > 0}
     * @param outputElements output tensor elements per layer, each {@code > 0}
     * @param inputElements  elements of the model input, {@code > 0}
     */
    public LayerProfile(List<String> names, long[] macs, long[] outputElements, long inputElements) {
        this.names = List.copyOf(Objects.requireNonNull(names, "names"));
        this.macs = Objects.requireNonNull(macs, "macs").clone();
        this.outputElements = Objects.requireNonNull(outputElements, "outputElements").clone();
        int k = this.names.size();
        if (k < 1 || this.macs.length != k || this.outputElements.length != k) {
            throw new IllegalArgumentException("names, macs and outputElements must have one entry per layer (>= 1), "
                    + "but had " + k + ", " + this.macs.length + " and " + this.outputElements.length);
        }
        for (int i = 0; i < k; i++) {
            if (this.macs[i] <= 0 || this.outputElements[i] <= 0) {
                throw new IllegalArgumentException("layer " + (i + 1) + " (" + this.names.get(i)
                        + ") must have MACs and output elements > 0, but had " + this.macs[i] + " and "
                        + this.outputElements[i]);
            }
        }
        if (inputElements <= 0) {
            throw new IllegalArgumentException("inputElements must be > 0, but was " + inputElements);
        }
        this.inputElements = inputElements;
        prefixMacs = new long[k + 1];
        for (int i = 0; i < k; i++) {
            prefixMacs[i + 1] = prefixMacs[i] + this.macs[i];
        }
    }

    /** K, the number of layers (= the fully local partition point). */
    public int layerCount() {
        return names.size();
    }

    /** Name of layer {@code layer} (1-based, as in MODEL.md §4). */
    public String name(int layer) {
        return names.get(layer - 1);
    }

    /** MACs of layer {@code layer} (1-based). */
    public long macs(int layer) {
        return macs[layer - 1];
    }

    /** Output elements of layer {@code layer} (1-based). */
    public long outputElements(int layer) {
        return outputElements[layer - 1];
    }

    /** Elements of the model input. */
    public long inputElements() {
        return inputElements;
    }

    /** MACs of layers {@code 1..k}, the device's share at partition k ({@code 0 <= k <= K}). */
    public long macsUpTo(int k) {
        return prefixMacs[k];
    }

    /** MACs of layers {@code k+1..K}, the edge's share at partition k. */
    public long macsAfter(int k) {
        return prefixMacs[layerCount()] - prefixMacs[k];
    }

    /** Total MACs of one inference. */
    public long totalMacs() {
        return prefixMacs[layerCount()];
    }

    /**
     * Elements sent over the link at partition k: the input for {@code k = 0}, the output of layer k
     * for {@code 1 <= k < K}, nothing for {@code k = K}.
     */
    public long transferElements(int k) {
        if (k == 0) {
            return inputElements;
        }
        return k >= layerCount() ? 0 : outputElements[k - 1];
    }

    /** MACs per layer (a copy). */
    public long[] macs() {
        return macs.clone();
    }

    /** Output elements per layer (a copy). */
    public long[] outputElements() {
        return outputElements.clone();
    }

    @Override
    public String toString() {
        return "LayerProfile[K=" + layerCount() + ", totalMacs=" + totalMacs() + ", macs=" + Arrays.toString(macs)
                + "]";
    }
}
