package org.foci.agents.dqn;

import org.bytedeco.openblas.global.openblas_nolapack;
import org.foci.agents.numerics.BlasRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A square single-precision matrix product through ND4J ({@code Nd4j.gemm} into a preallocated
 * output), to measure the attainable FLOP rate of the machine: the ceiling the learner's benchmark is
 * compared with (docs/agents.md, "Performance"). Lets modules without ND4J on their compile path (the
 * benchmarks in {@code foci-experiments}) measure it. Not thread-safe.
 */
public final class SgemmProbe {

    private final int size;
    private final INDArray left;
    private final INDArray right;
    private final INDArray product;

    /**
     * @param size n of the n×n matrices, {@code >= 1}
     * @param seed seed of the random inputs
     */
    public SgemmProbe(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, but was " + size);
        }
        this.size = size;
        BlasRuntime.ensureLoaded();
        Random random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        this.left = Nd4j.rand(random, size, size).castTo(DataType.FLOAT);
        this.right = Nd4j.rand(random, size, size).castTo(DataType.FLOAT);
        this.product = Nd4j.create(DataType.FLOAT, size, size);
    }

    /** Multiplies once; returns one entry of the product (so the call cannot be optimised away). */
    public float run() {
        Nd4j.gemm(left, right, product, false, false, 1.0, 0.0);
        return product.getFloat(0, 0);
    }

    /** Floating-point operations of one {@link #run}: {@code 2n³}. */
    public double flopsPerRun() {
        return 2.0 * size * size * size;
    }

    /**
     * The threads OpenBLAS uses in this process (ND4J sets them from {@code OMP_NUM_THREADS} at start-up);
     * results of the learner depend on it in their last bits, so runs should record it.
     */
    public static int blasThreads() {
        BlasRuntime.ensureLoaded();
        return openblas_nolapack.blas_get_num_threads();
    }
}
