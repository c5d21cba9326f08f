package org.foci.env.model;

import java.util.Objects;
import org.foci.env.config.DeviceParameters;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.config.QosParameters;
import org.foci.env.config.SwitchCostForm;

/**
 * Latency, energy and QoS cost of one inference (MODEL.md §5 and §7), as pure functions of the
 * partition k, the device's frequency ratio f, its uplink rate and the SMs l it gets.
 *
 * <ul>
 *   <li>{@code D_lo(k, f) = MACs(1..k) / (θ_dev·f)};</li>
 *   <li>{@code D_tx(k, r) = bits(k) / r} (0 for k = K);</li>
 *   <li>{@code D_edge(k, l) = (L / l)·Σ_{j>k} D^re_j}, {@code D^re_j = MACs_j / θ_edge},
 *       {@code θ_edge = L·θ_SM};</li>
 *   <li>{@code E = P(f)·D_lo + P_radio·D_tx} (device side, per inference);</li>
 *   <li>{@code R_c = α·E/E_ref + β·(D_lo + D_tx)/D^st}, {@code R_f = β·L·Σ_{j>k} D^re_j / D^st}, and the
 *       handover term γ·C in R_f (the paper's form: a handover costs γ/l) or in R_c (the fixed form: γ);
 *       {@link SwitchCostForm}. These two methods are the one place the form is decided, so the charged
 *       cost, the allocators' inputs, the prediction and the oracle value cannot disagree on it;</li>
 *   <li>{@code c = R_c + R_f / l + ζ·max(0, D − D^st)/D^st} with {@code D = D_lo + D_tx + D_edge};
 *       for local execution {@code R_f = 0}.</li>
 * </ul>
 *
 * <p>In the fixed form {@code c} equals {@code α·E/E_ref + β·D/D^st + γ·C + ζ·max(0, D − D^st)/D^st}; in
 * the paper's form the handover term is γ·C/l. The environment charges, predicts and evaluates the oracle with these same methods, so a
 * predicted cost equals the charged one bit for bit. The constant quotients α/E_ref, β/D^st, ζ/D^st
 * and L/l are computed once (multiplications on the per-device path). Immutable and thread-safe.
 */
public final class QosModel {

    private final LayerProfile profile;
    private final DeviceParameters device;
    private final QosParameters qos;
    private final int layers;
    private final int sms;
    private final double[] localMacs;
    private final double[] edgeComputeS;
    private final double[] transferBits;
    private final double[] scalableCost;
    private final double referenceEnergyJ;
    private final double referenceLatencyS;
    // the cost's constant quotients, and L / l per l: multiplications on the per-device path
    private final double alphaPerReferenceEnergy;
    private final double betaPerDeadline;
    private final double zetaPerDeadline;
    private final double[] smsPerShare;
    private final boolean switchInFixedPart;

    /** Builds the model of a configuration. */
    public QosModel(EnvironmentConfig config) {
        Objects.requireNonNull(config, "config");
        this.profile = config.model().profile();
        this.device = config.device();
        this.qos = config.qos();
        this.layers = profile.layerCount();
        this.sms = config.edge().sms();
        double edgeThroughput = sms * config.edge().smThroughputMacPerS();
        localMacs = new double[layers + 1];
        edgeComputeS = new double[layers + 1];
        transferBits = new double[layers + 1];
        for (int k = 0; k <= layers; k++) {
            localMacs[k] = profile.macsUpTo(k);
            edgeComputeS[k] = profile.macsAfter(k) / edgeThroughput;
            transferBits[k] = config.model().transferBits(profile, k);
        }
        scalableCost = new double[layers + 1];
        for (int k = 0; k <= layers; k++) {
            scalableCost[k] = qos.beta() * sms * edgeComputeS[k] / qos.deadlineS();
        }
        referenceLatencyS = localLatencyS(layers, 1.0);
        referenceEnergyJ = device.computePowerW(1.0) * referenceLatencyS;
        alphaPerReferenceEnergy = qos.alpha() / referenceEnergyJ;
        betaPerDeadline = qos.beta() / qos.deadlineS();
        zetaPerDeadline = qos.zeta() / qos.deadlineS();
        switchInFixedPart = qos.switchCostForm() == SwitchCostForm.FIXED;
        smsPerShare = new double[sms + 1];
        for (int l = 1; l <= sms; l++) {
            smsPerShare[l] = (double) sms / l;
        }
    }

    /** The layer profile. */
    public LayerProfile profile() {
        return profile;
    }

    /** K. */
    public int layerCount() {
        return layers;
    }

    /** L. */
    public int sms() {
        return sms;
    }

    /** D^st, s. */
    public double deadlineS() {
        return qos.deadlineS();
    }

    /** E_ref: energy of one fully local inference at f = 1, J. */
    public double referenceEnergyJ() {
        return referenceEnergyJ;
    }

    /** Latency of one fully local inference at f = 1, s. */
    public double referenceLatencyS() {
        return referenceLatencyS;
    }

    /** {@code D_lo(k, f)}: latency of layers 1..k on the device, s. */
    public double localLatencyS(int k, double f) {
        return localMacs[k] / (device.throughputMacPerS() * f);
    }

    /** {@code D_tx}: transmission latency of the tensor at partition k, s (0 for k = K). */
    public double txLatencyS(int k, double rateBps) {
        return k >= layers ? 0.0 : transferBits[k] / rateBps;
    }

    /** Bits sent at partition k. */
    public double transferBits(int k) {
        return transferBits[k];
    }

    /** {@code Σ_{j>k} D^re_j}: the edge's compute time of layers k+1..K with all L SMs, s. */
    public double edgeComputeS(int k) {
        return edgeComputeS[k];
    }

    /** {@code D_edge(k, l) = (L / l)·Σ_{j>k} D^re_j}, s, for {@code 1 <= l <= L}. */
    public double edgeLatencyS(int k, int l) {
        return smsPerShare[l] * edgeComputeS[k];
    }

    /** {@code E = P(f)·D_lo + P_radio·D_tx}, J per inference. */
    public double energyJ(double f, double localLatencyS, double txLatencyS) {
        return device.computePowerW(f) * localLatencyS + device.radioPowerW() * txLatencyS;
    }

    /** {@code R_c = α·E/E_ref + β·(D_lo + D_tx)/D^st}, plus γ·C in the fixed form. */
    public double fixedCost(double energyJ, double localLatencyS, double txLatencyS, boolean handover) {
        return energyJ * alphaPerReferenceEnergy + (localLatencyS + txLatencyS) * betaPerDeadline
                + (handover && switchInFixedPart ? qos.gamma() : 0.0);
    }

    /** {@code R_f = β·L·Σ_{j>k} D^re_j / D^st} without a handover (offloading partitions only). */
    public double scalableCost(int k) {
        return scalableCost[k];
    }

    /** {@code R_f}, plus γ·C in the paper's form (offloading partitions only). */
    public double scalableCost(int k, boolean handover) {
        return handover && !switchInFixedPart ? scalableCost[k] + qos.gamma() : scalableCost[k];
    }

    /** True when the handover term is part of R_c (the fixed form), false when it is part of R_f (the paper's). */
    public boolean switchInFixedPart() {
        return switchInFixedPart;
    }

    /** What one handover adds to the cost of a device served with l SMs: γ (fixed form) or γ/l (paper's form). */
    public double switchCost(int l) {
        return switchInFixedPart ? qos.gamma() : qos.gamma() / l;
    }

    /** {@code c = R_c + R_f / l + ζ·max(0, D − D^st)/D^st}: the charged cost. */
    public double cost(double fixedCost, double scalableCost, int l, double latencyS) {
        return fixedCost + scalableCost / l + Math.max(0.0, latencyS - qos.deadlineS()) * zetaPerDeadline;
    }

    /** Latency of a fully local inference at frequency f, s. */
    public double fullLocalLatencyS(double f) {
        return localLatencyS(layers, f);
    }

    /** Energy of a fully local inference at frequency f, J. */
    public double fullLocalEnergyJ(double f) {
        return energyJ(f, localLatencyS(layers, f), 0.0);
    }

    /** The cost of a fully local inference at frequency f. */
    public double fullLocalCost(double f) {
        double latency = localLatencyS(layers, f);
        double energy = energyJ(f, latency, 0.0);
        return cost(fixedCost(energy, latency, 0.0, false), 0.0, 1, latency);
    }
}
