package org.foci.agents.dqn;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runtime half of {@link DuelingAggregationVertex}: forward {@code Q = V + A − mean(A)}, backward
 * {@code ∂L/∂V = Σ_a ε_a}, {@code ∂L/∂A = ε − mean(ε)} per example.
 */
// "overrides": deeplearning4j's BaseGraphVertex declares setInputs(INDArray[]) for GraphVertex's varargs.
@SuppressWarnings("overrides")
final class DuelingAggregationVertexImpl extends BaseGraphVertex {

    DuelingAggregationVertexImpl(ComputationGraph graph, String name, int index, DataType dataType) {
        super(graph, name, index, null, null, dataType);
    }

    @Override
    public boolean hasLayer() {
        return false;
    }

    @Override
    public Layer getLayer() {
        return null;
    }

    @Override
    @SuppressWarnings("try") // the scope only redirects allocations into the workspace
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoForward()) {
            throw new IllegalStateException("cannot do the forward pass of " + vertexName + ": inputs not set");
        }
        INDArray value = inputs[0].castTo(dataType);
        INDArray advantage = inputs[1].castTo(dataType);
        requireShapes(value, advantage);
        INDArray q = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, advantage.shape(), 'c');
        q.assign(advantage);
        INDArray shift;
        try (MemoryWorkspace ignored = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATIONS)) {
            shift = value.sub(advantage.mean(true, 1));
        }
        return q.addiColumnVector(shift);
    }

    @Override
    @SuppressWarnings("try") // the scope only redirects allocations into the workspace
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException("cannot do the backward pass of " + vertexName + ": errors not set");
        }
        INDArray valueGradient;
        INDArray advantageGradient = workspaceMgr.dup(ArrayType.ACTIVATION_GRAD, epsilon);
        try (MemoryWorkspace ignored = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATION_GRAD)) {
            valueGradient = epsilon.sum(true, 1);
            advantageGradient.subiColumnVector(epsilon.mean(true, 1));
        }
        return new Pair<>(null, new INDArray[] {valueGradient, advantageGradient});
    }

    @Override
    public void setBackpropGradientsViewArray(INDArray backpropGradientsViewArray) {
        if (backpropGradientsViewArray != null) {
            throw new IllegalStateException("the dueling vertex has no parameters, so no gradient view");
        }
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] maskArrays, MaskState currentMaskState,
                                                           int minibatchSize) {
        // Feed-forward inputs carry no masks; a per-example mask of either input passes through.
        if (maskArrays == null) {
            return new Pair<>(null, currentMaskState);
        }
        for (INDArray mask : maskArrays) {
            if (mask != null) {
                return new Pair<>(mask, currentMaskState);
            }
        }
        return new Pair<>(null, currentMaskState);
    }

    @Override
    public String toString() {
        return "DuelingAggregationVertexImpl(" + vertexName + ")";
    }

    private static void requireShapes(INDArray value, INDArray advantage) {
        if (value.rank() != 2 || advantage.rank() != 2 || value.size(1) != 1
                || value.size(0) != advantage.size(0)) {
            throw new IllegalStateException("the dueling vertex needs value [batch, 1] and advantage [batch, |A|], but got "
                    + java.util.Arrays.toString(value.shape()) + " and " + java.util.Arrays.toString(advantage.shape()));
        }
    }
}
