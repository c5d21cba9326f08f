package org.foci.env.scenario;

/**
 * One layer of the inference model for the layer chart: its size, and what a split after it means.
 *
 * @param layer                   k, 1-based
 * @param name                    e.g. {@code bneck 5x5 exp72->40 SE s2}
 * @param macs                    MACs of the layer
 * @param outputElements          elements of its output tensor
 * @param transferBytes           bytes sent when splitting after it (0 after the last layer)
 * @param cumulativeMacs          MACs of layers 1..k
 * @param cumulativeLocalLatencyMs latency of layers 1..k on the device at f = 1, ms
 * @param remainingEdgeLatencyMs  latency of layers k+1..K on an edge with all L SMs, ms
 */
public record LayerRow(int layer, String name, long macs, long outputElements, double transferBytes,
                       long cumulativeMacs, double cumulativeLocalLatencyMs, double remainingEdgeLatencyMs) {
}
