package org.foci.env.model;

import java.util.Objects;
import org.foci.env.config.ChannelParameters;

/**
 * The uplink of MODEL.md §6: per-device orthogonal channel (no bandwidth sharing), 3GPP urban-macro
 * path loss {@code PL(d) = PL_1km + slope·log10(max(d, d_min) / 1 km)} dB, Shannon rate
 * {@code r = B·log2(1 + SNR)} with {@code SNR = P_tx − PL(d) − shadow − (N_0 + NF + 10·log10 B)} (dB).
 *
 * <p>Computed as {@code SNR = snrAt1Km · (d² / 1 km²)^(−slope/20) · 10^(−shadow/10)} (one
 * {@code pow} and one {@code log} per link, no square root). Immutable and thread-safe.
 */
public final class ChannelModel {

    private static final double LN2 = Math.log(2.0);

    private final ChannelParameters parameters;
    private final double snrAt1Km;
    private final double exponent;
    private final double halfExponent;
    private final double minDistanceSq;
    private final double bandwidthOverLn2;

    /** @param parameters the channel constants; never null */
    public ChannelModel(ChannelParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        double noiseDbm = parameters.noiseDbmPerHz() + parameters.noiseFigureDb()
                + 10.0 * Math.log10(parameters.bandwidthHz());
        snrAt1Km = Math.pow(10.0, (parameters.txPowerDbm() - parameters.pathLossAt1KmDb() - noiseDbm) / 10.0);
        exponent = -parameters.pathLossSlopeDb() / 10.0;
        halfExponent = exponent / 2;
        minDistanceSq = parameters.minDistanceM() * parameters.minDistanceM();
        bandwidthOverLn2 = parameters.bandwidthHz() / LN2;
    }

    /** The constants. */
    public ChannelParameters parameters() {
        return parameters;
    }

    /** Path loss at a distance, dB (distances below the minimum count as the minimum). */
    public double pathLossDb(double distanceM) {
        double d = Math.max(distanceM, parameters.minDistanceM());
        return parameters.pathLossAt1KmDb() + parameters.pathLossSlopeDb() * Math.log10(d / 1000.0);
    }

    /** Linear SNR at a distance without shadowing. */
    public double snr(double distanceM) {
        double d = Math.max(distanceM, parameters.minDistanceM());
        return snrAt1Km * Math.pow(d / 1000.0, exponent);
    }

    /** Uplink rate without shadowing, bit/s; falls strictly with distance beyond the minimum distance. */
    public double rateBps(double distanceM) {
        return rateFromSquaredDistance(distanceM * distanceM, 1.0);
    }

    /**
     * The rate from the squared distance (no square root on the hot path): {@code B·log2(1 + SNR)}
     * with {@code SNR = snrAt1Km·(d²/1 km²)^(−slope/20)·gain}.
     *
     * @param distanceSqM2 squared distance, m²
     * @param gain         linear shadowing gain {@code 10^(−shadow/10)} (1 without shadowing)
     */
    public double rateFromSquaredDistance(double distanceSqM2, double gain) {
        double snr = snrAt1Km * Math.pow(Math.max(distanceSqM2, minDistanceSq) * 1e-6, halfExponent) * gain;
        return bandwidthOverLn2 * Math.log(1.0 + snr);
    }

    /**
     * Uplink rate with an extra shadowing loss, bit/s.
     *
     * @param shadowingDb extra loss in dB (a draw of N(0, σ²); negative values are gains)
     */
    public double rateBps(double distanceM, double shadowingDb) {
        return rateFromSquaredDistance(distanceM * distanceM, shadowingDb == 0.0 ? 1.0
                : Math.pow(10.0, -shadowingDb / 10.0));
    }

    /** The rate at the minimum distance (the best link), bit/s: the observation's normaliser. */
    public double rateAtMinDistanceBps() {
        return rateBps(parameters.minDistanceM());
    }
}
