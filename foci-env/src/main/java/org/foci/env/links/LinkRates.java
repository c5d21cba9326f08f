package org.foci.env.links;

import org.foci.env.devices.DeviceStates;
import org.foci.env.model.ChannelModel;
import org.foci.env.model.RateFeatureTable;
import org.foci.api.random.SplitMix64;

/**
 * Uplink rates between devices and edges at the decision point, for charging, predicting and the
 * observation's rate features. Without shadowing the features come from a {@link RateFeatureTable} (the
 * same floats as pow and log give, cheaper), and so do the rates of served links (the table's double,
 * relative error below 10⁻¹²) unless {@code channel.exactRates} asks for pow and log there too. With
 * shadowing, each link's shadow is a pure function of (episode seed, step, device, edge).
 */
public final class LinkRates {

    private final ChannelModel channel;
    private final DeviceStates devices;
    private final double[] edgeX;
    private final double[] edgeY;
    private final double normaliserBps;
    private final double shadowingSigmaDb;
    /** The observation's rate features without shadowing; null with shadowing. */
    private final RateFeatureTable table;
    /** Whether link rates (for costs and predictions) come from {@link #table} too. */
    private final boolean tabulatedRates;
    private long shadowSeed;
    private int step;

    /**
     * @param channel       the uplink model
     * @param devices       the devices' positions
     * @param edgeX         edge positions, metres east
     * @param edgeY         edge positions, metres north
     * @param radiusM       r_p: the table covers links up to it
     * @param shadowingSigmaDb σ of log-normal shadowing, 0 for none
     * @param exactRates    whether served links use pow and log even when a table exists
     */
    public LinkRates(ChannelModel channel, DeviceStates devices, double[] edgeX, double[] edgeY, double radiusM,
                     double shadowingSigmaDb, boolean exactRates) {
        this.channel = channel;
        this.devices = devices;
        this.edgeX = edgeX;
        this.edgeY = edgeY;
        this.normaliserBps = channel.rateAtMinDistanceBps();
        this.shadowingSigmaDb = shadowingSigmaDb;
        this.table = shadowingSigmaDb == 0.0
                ? RateFeatureTable.covering(channel, normaliserBps, radiusM * radiusM).orElse(null)
                : null;
        this.tabulatedRates = table != null && !exactRates;
    }

    /** Starts an episode: the seed of its shadowing. */
    public void beginEpisode(long shadowSeed) {
        this.shadowSeed = shadowSeed;
    }

    /** The step whose links are read (the shadow of a link changes every step). */
    public void atStep(int step) {
        this.step = step;
    }

    /** Whether the observation's features are tabulated, so that served rates can reuse them. */
    public boolean tabulatedRates() {
        return tabulatedRates;
    }

    /**
     * The uplink rate of device m to edge n, bit/s (shadowing included), as used for charging and predicting.
     * Without shadowing and with {@code channel.exactRates} off it comes from the rate table, else from pow and log.
     */
    public double rateBps(int m, int n) {
        double dx = devices.x()[m] - edgeX[n];
        double dy = devices.y()[m] - edgeY[n];
        if (shadowingSigmaDb == 0.0) {
            return tabulatedRates ? table.ratio(dx * dx + dy * dy) * normaliserBps
                    : channel.rateFromSquaredDistance(dx * dx + dy * dy, 1.0);
        }
        double shadowDb = shadowingSigmaDb * SplitMix64.gaussian(SplitMix64.hash(shadowSeed, step, m, n));
        return channel.rateFromSquaredDistance(dx * dx + dy * dy, Math.pow(10.0, -shadowDb / 10.0));
    }

    /**
     * The observation's rate feature of an in-range link from device m at (x, y): {@code (float) (rate / rate at
     * d_min)}; with a table, the table's double is kept at {@code ratios[link]} for serving.
     */
    float feature(int m, double x, double y, int n, double[] ratios, int link) {
        if (table == null) {
            return (float) (rateBps(m, n) / normaliserBps);
        }
        double dx = x - edgeX[n];
        double dy = y - edgeY[n];
        double d2 = dx * dx + dy * dy;
        double ratio = table.ratio(d2);
        ratios[link] = ratio;
        return table.roundedFeature(ratio, d2);
    }

    /** A served link's rate from the ratio the decision point kept, bit/s. */
    double fromRatio(double ratio) {
        return ratio * normaliserBps;
    }
}
