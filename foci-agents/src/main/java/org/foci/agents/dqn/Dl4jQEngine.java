package org.foci.agents.dqn;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reference {@link QEngine}: everything through deeplearning4j's {@link ComputationGraph} API
 * ({@code outputSingle} for Q-values, {@code fit} with a per-output label mask for the update), so the
 * aggregation vertex and the Huber loss run inside the graph. Slow on small batches (per-call overhead
 * of some milliseconds); used to check {@link DirectQEngine} and selectable with {@code engine=dl4j}.
 */
final class Dl4jQEngine implements QEngine {

    private final ComputationGraph online;
    private final ComputationGraph target;
    private final int inputSize;
    private final int actions;
    private final Map<Integer, INDArray> inputArrays = new HashMap<>();
    private float[] labels = new float[0];
    private float[] mask = new float[0];

    Dl4jQEngine(ComputationGraph online, ComputationGraph target, int inputSize, int actions) {
        this.online = Objects.requireNonNull(online, "online");
        this.target = Objects.requireNonNull(target, "target");
        this.inputSize = inputSize;
        this.actions = actions;
    }

    private INDArray input(float[] values, int fromRow, int rows) {
        INDArray array = inputArrays.computeIfAbsent(rows, r -> Nd4j.create(DataType.FLOAT, r, inputSize));
        array.data().asNioFloat().put(values, fromRow * inputSize, rows * inputSize);
        return array;
    }

    @Override
    public void predict(float[] inputs, int fromRow, int rows, float[] qOut) {
        copyOut(online.outputSingle(false, input(inputs, fromRow, rows)), qOut, rows * actions);
    }

    @Override
    public void predictTarget(float[] inputs, int rows, float[] qOut) {
        copyOut(target.outputSingle(false, input(inputs, 0, rows)), qOut, rows * actions);
    }

    @Override
    public double train(float[] inputs, int[] taken, float[] targets, int rows) {
        int cells = rows * actions;
        if (labels.length < cells) {
            labels = new float[cells];
            mask = new float[cells];
        }
        java.util.Arrays.fill(labels, 0, cells, 0f);
        java.util.Arrays.fill(mask, 0, cells, 0f);
        for (int b = 0; b < rows; b++) {
            labels[b * actions + taken[b]] = targets[b];
            mask[b * actions + taken[b]] = 1f;
        }
        INDArray labelArray = Nd4j.create(java.util.Arrays.copyOf(labels, cells), new long[] {rows, actions}, 'c');
        INDArray maskArray = Nd4j.create(java.util.Arrays.copyOf(mask, cells), new long[] {rows, actions}, 'c');
        INDArray inputArray = Nd4j.create(java.util.Arrays.copyOf(inputs, rows * inputSize),
                new long[] {rows, inputSize}, 'c');
        online.fit(new INDArray[] {inputArray}, new INDArray[] {labelArray}, null, new INDArray[] {maskArray});
        return online.score();
    }

    @Override
    public void syncTarget(double tau) {
        if (tau >= 1) {
            target.params().assign(online.params());
        } else {
            target.params().muli(1 - tau).addi(online.params().mul(tau));
        }
    }

    /** Copies a dense float matrix into {@code out} (row-major). */
    static void copyOut(INDArray matrix, float[] out, int length) {
        INDArray source = matrix.dataType() == DataType.FLOAT && matrix.ordering() == 'c' && !matrix.isView()
                ? matrix : matrix.castTo(DataType.FLOAT).dup('c');
        if (source.length() != length) {
            throw new IllegalStateException("expected " + length + " values from the network, but got "
                    + source.length());
        }
        source.data().asNioFloat().get(out, 0, length);
    }
}
