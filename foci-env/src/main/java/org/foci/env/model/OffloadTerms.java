package org.foci.env.model;

/**
 * The cost terms of one offloaded inference that do not depend on the SMs granted: latency on the
 * device and on the uplink, device energy, and the fixed and scalable parts of the cost
 * (MODEL.md §7). The one formula behind both charging a served device and predicting a cost for a
 * model-based agent, so the two cannot drift apart. A mutable holder, reused to stay allocation-free.
 */
public final class OffloadTerms {

    private final QosModel qos;
    private double localLatencyS;
    private double txLatencyS;
    private double energyJ;
    private double fixedCost;
    private double scalableCost;

    /** @param qos the latency, energy and cost functions */
    public OffloadTerms(QosModel qos) {
        this.qos = qos;
    }

    /**
     * Computes the terms of running layers {@code 0..k-1} at frequency ratio f and sending the rest over
     * a link of the given rate.
     *
     * @param handover whether the edge differs from the one that served the device at the previous step
     * @return this
     */
    public OffloadTerms compute(int k, double f, double rateBps, boolean handover) {
        localLatencyS = qos.localLatencyS(k, f);
        txLatencyS = qos.txLatencyS(k, rateBps);
        energyJ = qos.energyJ(f, localLatencyS, txLatencyS);
        fixedCost = qos.fixedCost(energyJ, localLatencyS, txLatencyS, handover);
        scalableCost = qos.scalableCost(k, handover);
        return this;
    }

    /** Latency before the edge computes: on the device plus on the uplink, seconds. */
    public double latencyBeforeEdgeS() {
        return localLatencyS + txLatencyS;
    }

    /** Device energy per inference, joules. */
    public double energyJ() {
        return energyJ;
    }

    /** The part of the cost that does not scale with the SMs granted. */
    public double fixedCost() {
        return fixedCost;
    }

    /** The part of the cost that scales with 1/l. */
    public double scalableCost() {
        return scalableCost;
    }

    /** The cost with l SMs at the edge, for partition k: the charged cost, deadline term included. */
    public double costWithSms(int k, int l) {
        double latency = latencyBeforeEdgeS() + qos.edgeLatencyS(k, l);
        return qos.cost(fixedCost, scalableCost, l, latency);
    }
}
