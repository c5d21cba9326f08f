package org.foci.agents.dqn;

/** Which {@link QEngine} computes the network (both use the same deeplearning4j parameters). */
public enum QEngineKind {
    /** Direct BLAS calls on the graph's arrays, the graph's own updater for Adam (fast; the default). */
    DIRECT,
    /** deeplearning4j's ComputationGraph API throughout ({@code outputSingle}, {@code fit}): the reference. */
    DL4J
}
