package org.foci.env.serving;

import java.util.Arrays;
import org.foci.api.allocation.Allocator;
import org.foci.env.devices.DeviceStates;
import org.foci.env.links.InRangeLinks;
import org.foci.env.model.OffloadTerms;
import org.foci.env.model.QosModel;
import org.foci.api.random.SplitMix64;

/**
 * Serves one step's requests (MODEL.md §5–8): devices asking for edge n are admitted in a random order drawn
 * per step; the first L are admitted, the rest are rejected and run locally. The runtime allocator splits the
 * edge's L SMs among the admitted devices from their costs {@code (R_c, R_f)}; latency, energy, handover and
 * cost follow. The edge keeps its record F^n_t[k] (admitted devices with partition k, over L) for the next
 * decision. Then the oracle: the shaping allocator gets the same {@code (R_c, R_f)} (switch-free when each
 * device pays its own handover), and the edge's value is {@code R_n^* = −max_m c_m(l*_m)} with the true
 * cost under the shaping allocation; devices admitted at n get it as oracle reward, devices running locally
 * their own QoS reward. Not thread-safe.
 */
public final class EdgeService {

    private final QosModel qos;
    private final DeviceStates devices;
    private final InRangeLinks links;
    private final StepOutcomes outcomes;
    private final Allocator runtimeAllocator;
    private final Allocator shapingAllocator;
    private final int edges;
    private final int layers;
    private final int sms;
    private final double gamma;
    private final boolean individualSwitchCost;
    /** Latency, energy and cost of a fully local inference at f = 1, as {@link #chargeLocal} computes them. */
    private final double fullSpeedLocalLatencyS;
    private final double fullSpeedLocalEnergyJ;
    private final double fullSpeedLocalCost;

    // per-step scratch
    private final int[] bucketStart;
    private final int[] bucketFill;
    private final int[] bucket;
    private final double[] fixedScratch;
    private final double[] scalableScratch;
    private final double[] latencyScratch;
    private final int[] allocationScratch;
    private final int[] shapingScratch;
    private boolean[] oracleParticipants;     // null: every admitted device sets the oracle value

    // edge state
    private final double[] record;
    private long admissionState;
    private long rejections;
    private long handovers;

    /**
     * @param qos                  latency, energy and cost functions
     * @param devices              the devices' state at the decision point
     * @param links                the decision point's in-range links, for served rates
     * @param outcomes             where the step's outcomes go
     * @param runtimeAllocator     splits the SMs (the latency devices get)
     * @param shapingAllocator     the fairness oracle
     * @param edges                N
     * @param gamma                γ, the handover weight
     * @param individualSwitchCost whether each device pays its own handover outside the oracle's problem
     */
    public EdgeService(QosModel qos, DeviceStates devices, InRangeLinks links, StepOutcomes outcomes,
                       Allocator runtimeAllocator, Allocator shapingAllocator, int edges, double gamma,
                       boolean individualSwitchCost) {
        this.qos = qos;
        this.devices = devices;
        this.links = links;
        this.outcomes = outcomes;
        this.runtimeAllocator = runtimeAllocator;
        this.shapingAllocator = shapingAllocator;
        this.edges = edges;
        this.layers = qos.layerCount();
        this.sms = qos.sms();
        this.gamma = gamma;
        this.individualSwitchCost = individualSwitchCost;
        this.fullSpeedLocalLatencyS = qos.fullLocalLatencyS(1.0);
        this.fullSpeedLocalEnergyJ = qos.fullLocalEnergyJ(1.0);
        this.fullSpeedLocalCost = qos.fullLocalCost(1.0);
        int count = devices.count();
        bucketStart = new int[edges + 2];
        bucketFill = new int[edges + 1];
        bucket = new int[count];
        fixedScratch = new double[sms];
        scalableScratch = new double[sms];
        latencyScratch = new double[sms];
        allocationScratch = new int[sms];
        shapingScratch = new int[sms];
        record = new double[edges * layers];
    }

    /** Starts an episode: the admission order's random state; no record, no load, no counts. */
    public void reset(long admissionState) {
        this.admissionState = admissionState;
        Arrays.fill(record, 0);
        rejections = 0;
        handovers = 0;
    }

    /**
     * Serves every device's request: local runs, then each edge in order.
     *
     * @param chosenEdge      per device, the edge asked for, or -1 for local
     * @param chosenPartition per device, the partition asked for
     */
    public void serve(int[] chosenEdge, int[] chosenPartition) {
        // bucket the devices by slot (0 = local, 1 + n = edge n), in device order; no branch on the
        // slot, which random actions make unpredictable
        int count = devices.count();
        Arrays.fill(bucketFill, 0);
        for (int m = 0; m < count; m++) {
            bucketFill[chosenEdge[m] + 1]++;
        }
        bucketStart[0] = 0;
        for (int slot = 0; slot <= edges; slot++) {
            bucketStart[slot + 1] = bucketStart[slot] + bucketFill[slot];
            bucketFill[slot] = bucketStart[slot];
        }
        for (int m = 0; m < count; m++) {
            bucket[bucketFill[chosenEdge[m] + 1]++] = m;
        }
        for (int i = 0; i < bucketStart[1]; i++) {
            chargeLocal(bucket[i], false);
        }
        for (int n = 0; n < edges; n++) {
            serveEdge(n, chosenPartition);
        }
    }

    /**
     * Chooses the devices whose costs set the oracle value (see
     * {@link org.foci.api.env.OracleParticipants}); {@code null} for every device.
     */
    public void setOracleParticipants(boolean[] participants) {
        int count = devices.count();
        if (participants == null) {
            oracleParticipants = null;
            return;
        }
        if (participants.length != count) {
            throw new IllegalArgumentException("oracle participants must have one flag per device (" + count
                    + "), but had " + participants.length);
        }
        if (oracleParticipants == null) {
            oracleParticipants = new boolean[count];
        }
        System.arraycopy(participants, 0, oracleParticipants, 0, count);
    }

    /** The record F^n[k] of the last step: devices edge n admitted with partition k, over L. */
    public double record(int n, int k) {
        return record[n * layers + k];
    }

    /** Rejections (devices refused by a full edge) since the last reset. */
    public long rejections() {
        return rejections;
    }

    /** Handovers since the last reset. */
    public long handovers() {
        return handovers;
    }

    private void chargeLocal(int m, boolean rejected) {
        double f = devices.frequency()[m];
        double latency;
        double energy;
        double cost;
        if (f == 1.0) {     // most devices run at full speed: the same values, computed once
            latency = fullSpeedLocalLatencyS;
            energy = fullSpeedLocalEnergyJ;
            cost = fullSpeedLocalCost;
        } else {
            latency = qos.fullLocalLatencyS(f);
            energy = qos.fullLocalEnergyJ(f);
            cost = qos.fullLocalCost(f);
        }
        outcomes.latencyS()[m] = latency;
        outcomes.energyJ()[m] = energy;
        outcomes.cost()[m] = cost;
        float reward = (float) -cost;
        outcomes.qosReward()[m] = reward;
        outcomes.oracleReward()[m] = reward;
        outcomes.handover()[m] = false;
        outcomes.deadlineMissed()[m] = latency > qos.deadlineS();
        outcomes.rejected()[m] = rejected;
        outcomes.servingEdge()[m] = -1;
        outcomes.partition()[m] = layers;
        outcomes.sms()[m] = 0;
        if (rejected) {
            rejections++;
        }
    }

    private void serveEdge(int n, int[] chosenPartition) {
        int from = bucketStart[n + 1];
        int count = bucketStart[n + 2] - from;
        int rowBase = n * layers;
        Arrays.fill(record, rowBase, rowBase + layers, 0.0);
        if (count == 0) {
            outcomes.load()[n] = 0;
            outcomes.oracleValue()[n] = Double.NaN;
            return;
        }
        // admission order: a uniform random permutation of the requesters, drawn per step
        for (int i = count - 1; i > 0; i--) {
            admissionState = SplitMix64.next(admissionState);
            int j = SplitMix64.below(SplitMix64.mix64(admissionState), i + 1);
            swap(bucket, from + i, from + j);
        }
        int admitted = Math.min(count, sms);
        for (int i = admitted; i < count; i++) {
            chargeLocal(bucket[from + i], true);
        }
        admit(n, from, admitted, chosenPartition);
        runtimeAllocator.allocate(fixedScratch, scalableScratch, admitted, sms, allocationScratch);
        checkAllocation(allocationScratch, admitted, runtimeAllocator, "runtime");
        for (int i = 0; i < admitted; i++) {
            int m = bucket[from + i];
            int k = chosenPartition[m];
            int l = allocationScratch[i];
            double latency = latencyScratch[i] + qos.edgeLatencyS(k, l);
            double cost = qos.cost(fixedScratch[i], scalableScratch[i], l, latency);
            outcomes.latencyS()[m] = latency;
            outcomes.cost()[m] = cost;
            outcomes.qosReward()[m] = (float) -cost;
            outcomes.deadlineMissed()[m] = latency > qos.deadlineS();
            outcomes.rejected()[m] = false;
            outcomes.servingEdge()[m] = n;
            outcomes.partition()[m] = k;
            outcomes.sms()[m] = l;
        }
        double value = oracleValue(from, admitted, chosenPartition);
        outcomes.load()[n] = admitted;
        outcomes.oracleValue()[n] = value;
    }

    /** The admitted devices' cost terms into the scratch arrays, their energy and handovers, the edge's record. */
    private void admit(int n, int from, int admitted, int[] chosenPartition) {
        int rowBase = n * layers;
        double[] frequency = devices.frequency();
        for (int i = 0; i < admitted; i++) {
            int m = bucket[from + i];
            int k = chosenPartition[m];
            boolean handover = devices.handsOver(m, n);
            OffloadTerms terms = OffloadTerms.of(qos, k, frequency[m], links.servedRateBps(m, n), handover);
            fixedScratch[i] = terms.fixedCost();
            scalableScratch[i] = terms.scalableCost();
            latencyScratch[i] = terms.latencyBeforeEdgeS();
            outcomes.energyJ()[m] = terms.energyJ();
            outcomes.handover()[m] = handover;
            if (handover) {
                handovers++;
            }
            record[rowBase + k] += 1.0;
        }
        for (int k = 0; k < layers; k++) {
            record[rowBase + k] /= sms;
        }
    }

    /**
     * The edge's oracle value, the worst true cost under the shaping allocation, and the oracle rewards of its
     * admitted devices. Reorders the admitted devices (participants first).
     */
    private double oracleValue(int from, int admitted, int[] chosenPartition) {
        boolean[] handover = outcomes.handover();
        if (individualSwitchCost) {
            // the oracle sees switch-free costs; each device pays its own handover below
            for (int i = 0; i < admitted; i++) {
                if (handover[bucket[from + i]]) {
                    if (qos.switchInFixedPart()) {
                        fixedScratch[i] -= gamma;
                    } else {
                        scalableScratch[i] = qos.scalableCost(chosenPartition[bucket[from + i]]);
                    }
                }
            }
        }
        int oracleCount = admitted;
        if (oracleParticipants != null) {
            // the participants first, so that the oracle's problem is a prefix of the scratch arrays
            int participants = 0;
            for (int i = 0; i < admitted; i++) {
                if (oracleParticipants[bucket[from + i]]) {
                    swapServed(from, i, participants++);
                }
            }
            if (participants > 0) {
                oracleCount = participants;     // with none here, the value is over every admitted device
            }
        }
        int[] shaping = allocationScratch;
        if (oracleCount < admitted || shapingAllocator != runtimeAllocator || individualSwitchCost) {
            shapingAllocator.allocate(fixedScratch, scalableScratch, oracleCount, sms, shapingScratch);
            checkAllocation(shapingScratch, oracleCount, shapingAllocator, "shaping");
            shaping = shapingScratch;
        }
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < oracleCount; i++) {
            int m = bucket[from + i];
            int k = chosenPartition[m];
            int l = shaping[i];
            double latency = latencyScratch[i] + qos.edgeLatencyS(k, l);
            worst = Math.max(worst, qos.cost(fixedScratch[i], scalableScratch[i], l, latency));
        }
        double value = -worst;
        for (int i = 0; i < admitted; i++) {
            int m = bucket[from + i];
            double own = individualSwitchCost && handover[m]
                    ? qos.switchCost(i < oracleCount ? shaping[i] : outcomes.sms()[m]) : 0.0;
            outcomes.oracleReward()[m] = (float) (value - own);
        }
        return value;
    }

    /** Swaps two admitted devices' places in the bucket and the per-device scratch values. */
    private void swapServed(int from, int i, int j) {
        if (i == j) {
            return;
        }
        swap(bucket, from + i, from + j);
        swap(fixedScratch, i, j);
        swap(scalableScratch, i, j);
        swap(latencyScratch, i, j);
        swap(allocationScratch, i, j);
    }

    private static void swap(int[] values, int i, int j) {
        int value = values[i];
        values[i] = values[j];
        values[j] = value;
    }

    private static void swap(double[] values, int i, int j) {
        double value = values[i];
        values[i] = values[j];
        values[j] = value;
    }

    private void checkAllocation(int[] allocation, int count, Allocator allocator, String role) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            if (allocation[i] < 1 || allocation[i] > sms) {
                throw new IllegalStateException("the " + role + " allocator " + allocator.getClass().getName()
                        + " gave " + allocation[i] + " SMs to a device; every admitted device needs 1.." + sms);
            }
            total += allocation[i];
        }
        if (total > sms) {
            throw new IllegalStateException("the " + role + " allocator " + allocator.getClass().getName()
                    + " handed out " + total + " SMs, more than the edge's " + sms);
        }
    }
}
