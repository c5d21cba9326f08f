package org.foci.agents.dqn;

import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InvalidInputTypeException;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The dueling aggregation of Wang et al. (2016) as a deeplearning4j graph vertex:
 * {@code Q(s, a) = V(s) + A(s, a) − (1/|A|) Σ_b A(s, b)}.
 *
 * <p>Two inputs, in this order: the value stream {@code V} ({@code [batch, 1]}) and the advantage
 * stream {@code A} ({@code [batch, |A|]}); one output {@code Q} ({@code [batch, |A|]}). Because the
 * aggregation is a vertex of the graph, back-propagation runs through it: {@code ∂L/∂V = Σ_a ∂L/∂Q_a}
 * and {@code ∂L/∂A_a = ∂L/∂Q_a − (1/|A|) Σ_b ∂L/∂Q_b}. Subtracting the mean makes V and A
 * identifiable: the advantages of a state average to zero, and adding a constant to all advantages
 * does not change Q.
 *
 * <p>No parameters. This is the configuration half (serialisable to deeplearning4j's JSON); the
 * runtime half is {@link DuelingAggregationVertexImpl}.
 */
public final class DuelingAggregationVertex extends GraphVertex {

    private static final long serialVersionUID = 1L;

    /** A vertex; it has no settings. */
    public DuelingAggregationVertex() {
    }

    @Override
    public DuelingAggregationVertex clone() {
        return new DuelingAggregationVertex();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DuelingAggregationVertex;
    }

    @Override
    public int hashCode() {
        return DuelingAggregationVertex.class.hashCode();
    }

    @Override
    public long numParams(boolean backprop) {
        return 0;
    }

    @Override
    public int minVertexInputs() {
        return 2;
    }

    @Override
    public int maxVertexInputs() {
        return 2;
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int index,
                                                                      INDArray paramsView, boolean initializeParams,
                                                                      DataType networkDataType) {
        return new DuelingAggregationVertexImpl(graph, name, index, networkDataType);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) throws InvalidInputTypeException {
        if (vertexInputs.length != 2) {
            throw new InvalidInputTypeException("the dueling vertex needs 2 inputs (value, advantage), but got "
                    + vertexInputs.length);
        }
        for (InputType input : vertexInputs) {
            if (input.getType() != InputType.Type.FF) {
                throw new InvalidInputTypeException("the dueling vertex takes feed-forward inputs, but got " + input);
            }
        }
        long valueSize = ((InputType.InputTypeFeedForward) vertexInputs[0]).getSize();
        if (valueSize != 1) {
            throw new InvalidInputTypeException("the dueling vertex's first input (value) must have size 1, but had "
                    + valueSize);
        }
        return vertexInputs[1];
    }

    @Override
    public MemoryReport getMemoryReport(InputType... inputTypes) {
        return new LayerMemoryReport.Builder(null, DuelingAggregationVertex.class, inputTypes[1], inputTypes[1])
                .standardMemory(0, 0).workingMemory(0, 0, 0, 0).cacheMemory(0, 0).build();
    }

    @Override
    public String toString() {
        return "DuelingAggregationVertex(Q = V + A - mean(A))";
    }
}
