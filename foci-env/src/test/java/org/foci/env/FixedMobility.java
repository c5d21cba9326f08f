package org.foci.env;

import org.foci.api.env.MobilityModel;
import org.foci.api.env.PointSample;
import org.foci.api.env.Split;

/** Devices that stand still at given positions (for hand-computed checks). */
public final class FixedMobility implements MobilityModel {

    private final double[] x;
    private final double[] y;
    private boolean started;

    /** One position per device. */
    public FixedMobility(double[] x, double[] y) {
        this.x = x.clone();
        this.y = y.clone();
    }

    @Override
    public PointSample densitySample() {
        return new PointSample(x, y);
    }

    @Override
    public void reset(int deviceCount, Split split, long seed) {
        if (deviceCount != x.length) {
            throw new IllegalArgumentException("this fixture has " + x.length + " devices");
        }
        started = true;
    }

    @Override
    public void positions(double[] xM, double[] yM) {
        if (!started) {
            throw new IllegalStateException("reset first");
        }
        System.arraycopy(x, 0, xM, 0, x.length);
        System.arraycopy(y, 0, yM, 0, y.length);
    }

    @Override
    public void advance() {
        if (!started) {
            throw new IllegalStateException("reset first");
        }
    }

    @Override
    public long jumps() {
        return 0;
    }
}
