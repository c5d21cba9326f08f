package org.foci.env.config;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * The uplink (MODEL.md §6): a per-device orthogonal channel with 3GPP urban-macro path loss
 * {@code PL(d) = pathLossAt1KmDb + pathLossSlopeDb·log10(max(d, minDistanceM) / 1 km)}, optional
 * log-normal shadowing, and Shannon rate {@code r = B·log2(1 + SNR)}.
 *
 * @param bandwidthHz      B, Hz
 * @param txPowerDbm       transmit power, dBm
 * @param noiseDbmPerHz    thermal noise density, dBm/Hz
 * @param noiseFigureDb    receiver noise figure, dB
 * @param pathLossAt1KmDb  path loss at 1 km, dB
 * @param pathLossSlopeDb  path loss per decade of distance, dB
 * @param minDistanceM     distances below this are treated as this, m
 * @param shadowingSigmaDb σ of zero-mean log-normal shadowing, dB (0: none)
 * @param exactRates       evaluate every rate with {@code pow} and {@code log}; otherwise (and without
 *                         shadowing) rates within r_p come from a piecewise-polynomial table with a
 *                         relative error below 10⁻¹² (see {@code RateFeatureTable})
 */
public record ChannelParameters(double bandwidthHz, double txPowerDbm, double noiseDbmPerHz, double noiseFigureDb,
                                double pathLossAt1KmDb, double pathLossSlopeDb, double minDistanceM,
                                double shadowingSigmaDb, boolean exactRates) {

    /** {@code channel.bandwidthHz}: 10 MHz. */
    public static final SettingKey<Double> BANDWIDTH = SettingKey.real("channel.bandwidthHz", 10.0e6,
            "B, per-device uplink bandwidth, Hz").greaterThan(0.0);
    /** {@code channel.txPowerDbm}: 23 dBm. */
    public static final SettingKey<Double> TX_POWER = SettingKey.real("channel.txPowerDbm", 23.0,
            "device transmit power, dBm").between(-100.0, 100.0);
    /** {@code channel.noiseDbmPerHz}: −174 dBm/Hz. */
    public static final SettingKey<Double> NOISE = SettingKey.real("channel.noiseDbmPerHz", -174.0,
            "thermal noise density, dBm/Hz").between(-300.0, 0.0);
    /** {@code channel.noiseFigureDb}: 9 dB. */
    public static final SettingKey<Double> NOISE_FIGURE = SettingKey.real("channel.noiseFigureDb", 9.0,
            "receiver noise figure, dB").between(0.0, 100.0);
    /** {@code channel.pathLossAt1KmDb}: 128.1 dB (3GPP urban macro). */
    public static final SettingKey<Double> PATH_LOSS_AT_1KM = SettingKey.real("channel.pathLossAt1KmDb", 128.1,
            "path loss at 1 km, dB").between(0.0, 300.0);
    /** {@code channel.pathLossSlopeDb}: 37.6 dB per decade. */
    public static final SettingKey<Double> PATH_LOSS_SLOPE = SettingKey.real("channel.pathLossSlopeDb", 37.6,
            "path loss per decade of distance, dB (> 0: rate falls with distance)").greaterThan(0.0).atMost(200.0);
    /** {@code channel.minDistanceM}: 10 m. */
    public static final SettingKey<Double> MIN_DISTANCE = SettingKey.real("channel.minDistanceM", 10.0,
            "minimum distance of the path-loss law, m").greaterThan(0.0).atMost(1.0e5);
    /** {@code channel.shadowingSigmaDb}: 0 dB (off). */
    public static final SettingKey<Double> SHADOWING = SettingKey.real("channel.shadowingSigmaDb", 0.0,
            "σ of log-normal shadowing, dB, drawn per device, edge and step (0: off)").between(0.0, 30.0);
    /** {@code channel.exactRates}: false (rates from the verified table, faster; docs/environment-performance.md). */
    public static final SettingKey<Boolean> EXACT_RATES = SettingKey.flag("channel.exactRates", false,
            "evaluate every uplink rate with pow and log instead of the piecewise-polynomial table "
                    + "(relative error < 1e-12; results differ only in the last digits, steps are slower)");

    public ChannelParameters {
        Checks.require(BANDWIDTH, bandwidthHz);
        Checks.require(TX_POWER, txPowerDbm);
        Checks.require(NOISE, noiseDbmPerHz);
        Checks.require(NOISE_FIGURE, noiseFigureDb);
        Checks.require(PATH_LOSS_AT_1KM, pathLossAt1KmDb);
        Checks.require(PATH_LOSS_SLOPE, pathLossSlopeDb);
        Checks.require(MIN_DISTANCE, minDistanceM);
        Checks.require(SHADOWING, shadowingSigmaDb);
    }

    /** The MODEL.md defaults. */
    public static ChannelParameters defaults() {
        return builder().build();
    }

    /** The keys, relative to the environment's scope. */
    public static List<SettingKey<?>> keys() {
        return List.of(BANDWIDTH, TX_POWER, NOISE, NOISE_FIGURE, PATH_LOSS_AT_1KM, PATH_LOSS_SLOPE, MIN_DISTANCE,
                SHADOWING, EXACT_RATES);
    }

    static ChannelParameters read(Settings s) {
        return builder().bandwidthHz(s.get(BANDWIDTH)).txPowerDbm(s.get(TX_POWER)).noiseDbmPerHz(s.get(NOISE))
                .noiseFigureDb(s.get(NOISE_FIGURE)).pathLossAt1KmDb(s.get(PATH_LOSS_AT_1KM))
                .pathLossSlopeDb(s.get(PATH_LOSS_SLOPE)).minDistanceM(s.get(MIN_DISTANCE))
                .shadowingSigmaDb(s.get(SHADOWING)).exactRates(s.get(EXACT_RATES)).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder().bandwidthHz(bandwidthHz).txPowerDbm(txPowerDbm).noiseDbmPerHz(noiseDbmPerHz)
                .noiseFigureDb(noiseFigureDb).pathLossAt1KmDb(pathLossAt1KmDb).pathLossSlopeDb(pathLossSlopeDb)
                .minDistanceM(minDistanceM).shadowingSigmaDb(shadowingSigmaDb).exactRates(exactRates);
    }

    /** Builds {@link ChannelParameters}; starts from the defaults. */
    public static final class Builder {
        private double bandwidthHz = BANDWIDTH.defaultValue();
        private double txPowerDbm = TX_POWER.defaultValue();
        private double noiseDbmPerHz = NOISE.defaultValue();
        private double noiseFigureDb = NOISE_FIGURE.defaultValue();
        private double pathLossAt1KmDb = PATH_LOSS_AT_1KM.defaultValue();
        private double pathLossSlopeDb = PATH_LOSS_SLOPE.defaultValue();
        private double minDistanceM = MIN_DISTANCE.defaultValue();
        private double shadowingSigmaDb = SHADOWING.defaultValue();
        private boolean exactRates = EXACT_RATES.defaultValue();

        private Builder() {
        }

        /** B, Hz. */
        public Builder bandwidthHz(double v) {
            bandwidthHz = v;
            return this;
        }

        /** Transmit power, dBm. */
        public Builder txPowerDbm(double v) {
            txPowerDbm = v;
            return this;
        }

        /** Noise density, dBm/Hz. */
        public Builder noiseDbmPerHz(double v) {
            noiseDbmPerHz = v;
            return this;
        }

        /** Noise figure, dB. */
        public Builder noiseFigureDb(double v) {
            noiseFigureDb = v;
            return this;
        }

        /** Path loss at 1 km, dB. */
        public Builder pathLossAt1KmDb(double v) {
            pathLossAt1KmDb = v;
            return this;
        }

        /** Path loss per decade, dB. */
        public Builder pathLossSlopeDb(double v) {
            pathLossSlopeDb = v;
            return this;
        }

        /** Minimum distance, m. */
        public Builder minDistanceM(double v) {
            minDistanceM = v;
            return this;
        }

        /** Shadowing σ, dB. */
        public Builder shadowingSigmaDb(double v) {
            shadowingSigmaDb = v;
            return this;
        }

        /** Whether every rate is evaluated with pow and log. */
        public Builder exactRates(boolean v) {
            exactRates = v;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public ChannelParameters build() {
            return new ChannelParameters(bandwidthHz, txPowerDbm, noiseDbmPerHz, noiseFigureDb, pathLossAt1KmDb,
                    pathLossSlopeDb, minDistanceM, shadowingSigmaDb, exactRates);
        }
    }
}
