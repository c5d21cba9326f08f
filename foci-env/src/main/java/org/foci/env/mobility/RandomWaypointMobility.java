package org.foci.env.mobility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.PointSample;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.api.random.SplitMix64;

/**
 * Synthetic movement for tests and for users without traces: the random waypoint model. Each device
 * is a pedestrian or a vehicle (with probability {@code pedestrianFraction}); it walks or drives in
 * a straight line at a uniform random speed of its kind to a uniform random waypoint in the area,
 * pauses for a uniform time in {@code [0, maxPauseS]}, and repeats. Devices start at uniform random
 * positions. Paths are continuous, so {@link #jumps()} is always 0.
 *
 * <p>Training and evaluation episodes with the same seed follow different streams. The density
 * sample is the positions of 200 devices after 100 warm-up intervals, recorded every interval until
 * {@code densitySamplePoints} are collected (the model's stationary distribution, denser in the
 * middle). Deterministic; about 60 bytes per device. Not thread-safe.
 */
public final class RandomWaypointMobility implements MobilityModel {

    private static final int DENSITY_DEVICES = 200;
    private static final int DENSITY_WARMUP_STEPS = 100;
    private static final int MAX_LEGS_PER_STEP = 1000;

    private final ServiceArea area;
    private final double stepSeconds;
    private final RandomWaypointParameters parameters;
    private final double half;
    private int devices;
    private double[] x = new double[0];
    private double[] y = new double[0];
    private double[] wx = new double[0];
    private double[] wy = new double[0];
    private double[] speed = new double[0];
    private double[] pause = new double[0];
    private boolean[] pedestrian = new boolean[0];
    private long state;
    private boolean started;
    private PointSample density;

    /**
     * @param area        the area; never null
     * @param stepSeconds Δt, s, {@code > 0}
     * @param parameters  the constants; never null
     */
    public RandomWaypointMobility(ServiceArea area, double stepSeconds, RandomWaypointParameters parameters) {
        this.area = Objects.requireNonNull(area, "area");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("stepSeconds must be finite and > 0, but was " + stepSeconds);
        }
        this.stepSeconds = stepSeconds;
        this.half = area.halfSideM();
    }

    @Override
    public synchronized PointSample densitySample() {
        if (density == null) {
            RandomWaypointMobility probe = new RandomWaypointMobility(area, stepSeconds, parameters);
            probe.reset(DENSITY_DEVICES, Split.TRAIN, parameters.densitySeed());
            for (int t = 0; t < DENSITY_WARMUP_STEPS; t++) {
                probe.advance();
            }
            int n = parameters.densitySamplePoints();
            double[] sx = new double[n];
            double[] sy = new double[n];
            int filled = 0;
            while (filled < n) {
                for (int m = 0; m < DENSITY_DEVICES && filled < n; m++) {
                    sx[filled] = probe.x[m];
                    sy[filled] = probe.y[m];
                    filled++;
                }
                probe.advance();
            }
            density = new PointSample(sx, sy);
        }
        return density;
    }

    @Override
    public void reset(int deviceCount, Split split, long seed) {
        if (deviceCount < 1) {
            throw new IllegalArgumentException("deviceCount must be >= 1, but was " + deviceCount);
        }
        Objects.requireNonNull(split, "split");
        if (x.length != deviceCount) {
            x = new double[deviceCount];
            y = new double[deviceCount];
            wx = new double[deviceCount];
            wy = new double[deviceCount];
            speed = new double[deviceCount];
            pause = new double[deviceCount];
            pedestrian = new boolean[deviceCount];
        }
        devices = deviceCount;
        state = SplitMix64.derive(seed, 0x525750L + split.ordinal());
        for (int m = 0; m < devices; m++) {
            pedestrian[m] = uniform() < parameters.pedestrianFraction();
            x[m] = coordinate();
            y[m] = coordinate();
            nextLeg(m);
        }
        started = true;
    }

    private double uniform() {
        state = SplitMix64.next(state);
        return SplitMix64.unit(SplitMix64.mix64(state));
    }

    private double coordinate() {
        return -half + 2 * half * uniform();
    }

    private void nextLeg(int m) {
        wx[m] = coordinate();
        wy[m] = coordinate();
        double lo = pedestrian[m] ? parameters.pedestrianMinSpeedMps() : parameters.vehicleMinSpeedMps();
        double hi = pedestrian[m] ? parameters.pedestrianMaxSpeedMps() : parameters.vehicleMaxSpeedMps();
        speed[m] = lo + (hi - lo) * uniform();
        pause[m] = 0;
    }

    @Override
    public void positions(double[] xM, double[] yM) {
        requireStarted();
        System.arraycopy(x, 0, xM, 0, devices);
        System.arraycopy(y, 0, yM, 0, devices);
    }

    @Override
    public void advance() {
        requireStarted();
        for (int m = 0; m < devices; m++) {
            double left = stepSeconds;
            for (int leg = 0; leg < MAX_LEGS_PER_STEP && left > 0; leg++) {
                if (pause[m] > 0) {
                    double wait = Math.min(pause[m], left);
                    pause[m] -= wait;
                    left -= wait;
                    if (pause[m] > 0) {
                        break;
                    }
                    nextLeg(m);
                    continue;
                }
                double dx = wx[m] - x[m];
                double dy = wy[m] - y[m];
                double distance = Math.sqrt(dx * dx + dy * dy);
                double reach = speed[m] * left;
                if (reach < distance) {
                    double t = reach / distance;
                    x[m] = clamp(x[m] + dx * t);
                    y[m] = clamp(y[m] + dy * t);
                    break;
                }
                x[m] = wx[m];
                y[m] = wy[m];
                left -= distance / speed[m];
                pause[m] = parameters.maxPauseS() * uniform();
                if (pause[m] == 0) {
                    nextLeg(m);
                }
            }
        }
    }

    private double clamp(double v) {
        return Math.max(-half, Math.min(half, v));
    }

    @Override
    public long jumps() {
        return 0;
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", RandomWaypointMobilityProvider.NAME);
        map.put("pedestrianFraction", parameters.pedestrianFraction());
        map.put("pedestrianSpeedMps", parameters.pedestrianMinSpeedMps() + "-" + parameters.pedestrianMaxSpeedMps());
        map.put("vehicleSpeedMps", parameters.vehicleMinSpeedMps() + "-" + parameters.vehicleMaxSpeedMps());
        map.put("maxPauseS", parameters.maxPauseS());
        map.put("densitySamplePoints", (long) parameters.densitySamplePoints());
        return map;
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("random-waypoint mobility: call reset before reading positions or "
                    + "advancing");
        }
    }
}
