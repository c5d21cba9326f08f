package org.foci.env.model;

/**
 * The cost terms of one offloaded inference that do not depend on the SMs granted: latency on the
 * device and on the uplink, device energy, and the fixed and scalable parts of the cost
 * (MODEL.md §7). The one formula behind both charging a served device and predicting a cost for a
 * model-based agent, so the two cannot drift apart. An immutable value, made where it is used (so
 * that the compiler can keep it in registers).
 *
 * @param latencyBeforeEdgeS latency on the device plus on the uplink, seconds
 * @param energyJ            device energy per inference, joules
 * @param fixedCost          the part of the cost that does not scale with the SMs granted
 * @param scalableCost       the part of the cost that scales with 1/l
 */
public record OffloadTerms(double latencyBeforeEdgeS, double energyJ, double fixedCost, double scalableCost) {

    /**
     * The terms of running layers {@code 0..k-1} at frequency ratio f and sending the rest over a link of
     * the given rate.
     *
     * @param handover whether the edge differs from the one that served the device at the previous step
     */
    public static OffloadTerms of(QosModel qos, int k, double f, double rateBps, boolean handover) {
        double local = qos.localLatencyS(k, f);
        double tx = qos.txLatencyS(k, rateBps);
        double energy = qos.energyJ(f, local, tx);
        return new OffloadTerms(local + tx, energy, qos.fixedCost(energy, local, tx, handover),
                qos.scalableCost(k, handover));
    }

    /** The cost with l SMs at the edge, for partition k: the charged cost, deadline term included. */
    public double costWithSms(QosModel qos, int k, int l) {
        double latency = latencyBeforeEdgeS + qos.edgeLatencyS(k, l);
        return qos.cost(fixedCost, scalableCost, l, latency);
    }
}
