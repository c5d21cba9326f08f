package org.foci.env.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.foci.api.env.Environment;
import org.foci.api.env.PointSample;
import org.foci.api.env.Scene;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.env.M2mCiEnvironment;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.model.LayerProfile;
import org.foci.env.model.QosModel;

/**
 * What {@code foci scenario} reports about a configured {@code m2m-ci} environment: a summary of
 * numbers (all computed, none typed in), the edge positions and the density sample for a heatmap
 * with perception circles, the DVFS curve, and the per-layer table of the inference model.
 *
 * <p>Reading a scenario does not reset or step the environment (except {@link #atReset}). The coverage figures
 * ({@code meanNearestEdgeDistanceM}, {@code fractionWithoutEdgeInRange}) are over the mobility's
 * density sample (every in-area trace fix), i.e. over where devices go, not over one random
 * episode. Not thread-safe (like the environment).
 */
public final class Scenario {

    private final M2mCiEnvironment env;

    /** @param env the environment; never null */
    public Scenario(M2mCiEnvironment env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /**
     * The scenario of an environment made by the {@code m2m-ci} provider.
     *
     * @throws IllegalArgumentException if {@code env} is another implementation
     */
    public static Scenario of(Environment env) {
        Objects.requireNonNull(env, "env");
        return from(env).orElseThrow(() -> new IllegalArgumentException(
                "a scenario needs an m2m-ci environment, but got " + env.getClass().getName()));
    }

    /** The scenario of an {@code m2m-ci} environment; empty for another implementation. */
    public static java.util.Optional<Scenario> from(Environment env) {
        return env instanceof M2mCiEnvironment m2m ? java.util.Optional.of(new Scenario(m2m))
                : java.util.Optional.empty();
    }

    /**
     * The summary, in a stable order. Keys (at least): {@code devices}, {@code edges}, {@code sms},
     * {@code perceptionRadiusM}, {@code segmentsTrain}, {@code segmentsEval}, {@code skippedRows},
     * {@code meanNearestEdgeDistanceM}, {@code fractionWithoutEdgeInRange},
     * {@code fullLocalLatencyMs}, {@code fullLocalEnergyMj}; then the mobility's own summary under
     * {@code mobility.*}. Values are numbers or strings.
     */
    public Map<String, Object> summary() {
        EnvironmentConfig config = env.config();
        QosModel qos = env.qosModel();
        Map<String, Object> mobility = env.mobility().summary();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("devices", config.devices());
        map.put("edges", config.edges());
        map.put("sms", config.edge().sms());
        map.put("layers", qos.layerCount());
        map.put("actions", env.spec().actionCount());
        map.put("observationSize", env.spec().observationSize());
        map.put("stepSeconds", config.time().stepSeconds());
        map.put("stepsPerEpisode", config.time().stepsPerEpisode());
        map.put("inferencesPerStep", config.time().inferencesPerStep());
        map.put("deadlineMs", config.qos().deadlineS() * 1e3);
        map.put("areaSideM", env.area().sideM());
        map.put("areaCenterLat", env.area().centerLatDeg());
        map.put("areaCenterLon", env.area().centerLonDeg());
        map.put("edgePlacement", config.edge().kmeansPlacement() ? "k-means" : "explicit");
        map.put("perceptionRadiusM", env.perceptionRadiusM());
        map.put("segmentsTrain", number(mobility.get("segmentsTrain")));
        map.put("segmentsEval", number(mobility.get("segmentsEval")));
        map.put("skippedRows", number(mobility.get("skippedRows")));
        double[] coverage = coverage();
        map.put("densitySamplePoints", env.mobility().densitySample().size());
        map.put("meanNearestEdgeDistanceM", coverage[0]);
        map.put("fractionWithoutEdgeInRange", coverage[1]);
        map.put("meanEdgesInRange", coverage[2]);
        map.put("fullLocalLatencyMs", qos.referenceLatencyS() * 1e3);
        map.put("fullLocalEnergyMj", qos.referenceEnergyJ() * 1e3);
        map.put("fullLocalCost", qos.fullLocalCost(1.0));
        map.put("totalMacs", qos.profile().totalMacs());
        map.put("inputBytes", qos.transferBits(0) / 8);
        map.put("rateAtMinDistanceMbps", env.channelModel().rateAtMinDistanceBps() / 1e6);
        map.put("rateAtPerceptionRadiusMbps", env.channelModel().rateBps(env.perceptionRadiusM()) / 1e6);
        map.put("idleEdgeFullModelMs", qos.edgeComputeS(0) * 1e3);
        mobility.forEach((key, value) -> map.put("mobility." + key, value));
        return Collections.unmodifiableMap(map);
    }

    private static Object number(Object value) {
        return value == null ? 0L : value;
    }

    /** {mean nearest-edge distance, fraction beyond r_p of every edge, mean edges within r_p}. */
    private double[] coverage() {
        PointSample sample = env.mobility().densitySample();
        double[] ex = env.edgeXM();
        double[] ey = env.edgeYM();
        double radius = env.perceptionRadiusM();
        int[] scratch = new int[ex.length];
        double sumNearest = 0;
        long uncovered = 0;
        long inRange = 0;
        for (int i = 0; i < sample.size(); i++) {
            double px = sample.xM()[i];
            double py = sample.yM()[i];
            double best = Double.POSITIVE_INFINITY;
            for (int n = 0; n < ex.length; n++) {
                double dx = px - ex[n];
                double dy = py - ey[n];
                best = Math.min(best, dx * dx + dy * dy);
            }
            double nearest = Math.sqrt(best);
            sumNearest += nearest;
            int count = env.edgeGrid().query(px, py, scratch);
            inRange += count;
            if (count == 0) {
                uncovered++;
            }
        }
        int n = Math.max(1, sample.size());
        return new double[] {sumNearest / n, (double) uncovered / n, (double) inRange / n};
    }

    /**
     * The start of one episode, for {@code foci scenario --seed S}: <b>resets the environment</b>
     * and reports, in a stable order, {@code seed}, {@code split}, {@code fractionDevicesWithoutEdgeInRange},
     * {@code meanEdgesInRangePerDevice}, {@code meanBatteryWh}, {@code meanFrequencyRatio}.
     * Device positions are then readable from the environment's {@link Scene} view.
     */
    public Map<String, Object> atReset(long seed, Split split) {
        env.reset(seed, split);
        Scene scene = env.view(Scene.class).orElseThrow();
        int devices = env.spec().deviceCount();
        int[] scratch = new int[env.spec().edgeCount()];
        long inRange = 0;
        long none = 0;
        double battery = 0;
        double frequency = 0;
        for (int m = 0; m < devices; m++) {
            int count = scene.edgesInRange(m, scratch);
            inRange += count;
            none += count == 0 ? 1 : 0;
            battery += env.batteryJ(m) / 3600.0;
            frequency += env.frequencyRatio(m);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("seed", seed);
        map.put("split", split.name().toLowerCase(java.util.Locale.ROOT));
        map.put("fractionDevicesWithoutEdgeInRange", (double) none / devices);
        map.put("meanEdgesInRangePerDevice", (double) inRange / devices);
        map.put("meanBatteryWh", battery / devices);
        map.put("meanFrequencyRatio", frequency / devices);
        return Collections.unmodifiableMap(map);
    }

    /** The service area. */
    public ServiceArea area() {
        return env.area();
    }

    /** r_p, metres: the radius of the perception circles. */
    public double perceptionRadiusM() {
        return env.perceptionRadiusM();
    }

    /** Edge positions, metres east of the area centre (a copy). */
    public double[] edgeXM() {
        return env.edgeXM();
    }

    /** Edge positions, metres north of the area centre (a copy). */
    public double[] edgeYM() {
        return env.edgeYM();
    }

    /** Where devices go: every in-area trace fix (or the synthetic model's sample). Read-only. */
    public PointSample densitySample() {
        return env.mobility().densitySample();
    }

    /**
     * The DVFS curve at {@code points} evenly spaced battery fractions from 0 to 1.
     *
     * @param points {@code >= 2}
     */
    public List<DvfsPoint> dvfsCurve(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2, but was " + points);
        }
        QosModel qos = env.qosModel();
        List<DvfsPoint> curve = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            double b = (double) i / (points - 1);
            double f = env.config().device().frequencyRatio(b);
            curve.add(new DvfsPoint(b, f, qos.fullLocalLatencyS(f) * 1e3, qos.fullLocalEnergyJ(f) * 1e3,
                    qos.fullLocalCost(f)));
        }
        return List.copyOf(curve);
    }

    /** The per-layer table of the inference model, k = 1..K. */
    public List<LayerRow> layerTable() {
        QosModel qos = env.qosModel();
        LayerProfile profile = qos.profile();
        List<LayerRow> rows = new ArrayList<>(profile.layerCount());
        for (int k = 1; k <= profile.layerCount(); k++) {
            rows.add(new LayerRow(k, profile.name(k), profile.macs(k), profile.outputElements(k),
                    qos.transferBits(k) / 8, profile.macsUpTo(k), qos.localLatencyS(k, 1.0) * 1e3,
                    qos.edgeComputeS(k) * 1e3));
        }
        return List.copyOf(rows);
    }
}
