package org.foci.env.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.foci.api.ConfigurationException;
import org.foci.api.ConfigurationProblem;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * The whole configuration of the {@code m2m-ci} environment: sizes and the parameter groups of
 * MODEL.md §1–7. Every number is a {@link SettingKey} with the MODEL.md default ({@link #keys()}).
 *
 * <p>Read from settings with {@link #from(Settings)}, which reports every problem at once (unknown
 * keys, values breaking a rule, values that disagree with each other); or build one in code with
 * {@link #builder()}. Immutable.
 *
 * @param devices M, mobile devices
 * @param edges   N, edge servers
 * @param edgeSlots S, the nearest-edge frame's slots per device; 0 for the paper's global frame
 * @param time    episode and step length, frame rate
 * @param edge    SMs and placement
 * @param device  hardware, DVFS and battery
 * @param channel uplink
 * @param qos     cost weights and deadline
 * @param model   inference model and link encoding
 */
public record EnvironmentConfig(int devices, int edges, int edgeSlots, TimeParameters time, EdgeParameters edge,
                                DeviceParameters device, ChannelParameters channel, QosParameters qos,
                                ModelParameters model) {

    /** {@code devices}: 240 (paper). */
    public static final SettingKey<Integer> DEVICES = SettingKey.integer("devices", 240,
            "M, mobile devices").between(1, 10_000_000);
    /** {@code edges}: 11 (paper). */
    public static final SettingKey<Integer> EDGES = SettingKey.integer("edges", 11,
            "N, edge servers").between(1, 1_000_000);
    /** {@code edgeSlots}: 0, the paper's global frame. */
    public static final SettingKey<Integer> EDGE_SLOTS = SettingKey.integer("edgeSlots", 0,
            "action frame: 0 = the paper's (an action names any of the N edges, |A| = N·K + 1); S > 0 = each "
                    + "device names its S nearest edges within r_p (|A| = S·K + 1, observation 3S + 5, "
                    + "whatever N is; for city scale)").between(0, 1024);

    public EnvironmentConfig {
        Checks.require(DEVICES, devices);
        Checks.require(EDGES, edges);
        Checks.require(EDGE_SLOTS, edgeSlots);
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(qos, "qos");
        Objects.requireNonNull(model, "model");
        ConfigurationProblem cross = crossProblem(devices, edges, edgeSlots, edge, UnaryOperator.identity());
        if (cross != null) {
            throw new IllegalArgumentException(cross.toString());
        }
    }

    /** Every key of the environment, relative to its scope, in documentation order. */
    public static List<SettingKey<?>> keys() {
        List<SettingKey<?>> keys = new ArrayList<>(List.of(DEVICES, EDGES, EDGE_SLOTS));
        keys.addAll(TimeParameters.keys());
        keys.addAll(EdgeParameters.keys());
        keys.addAll(DeviceParameters.keys());
        keys.addAll(ChannelParameters.keys());
        keys.addAll(QosParameters.keys());
        keys.addAll(ModelParameters.keys());
        return List.copyOf(keys);
    }

    /** The MODEL.md defaults. */
    public static EnvironmentConfig defaults() {
        return builder().build();
    }

    /**
     * Reads and checks a configuration scope.
     *
     * @throws ConfigurationException listing every unknown key, every value breaking its rule, and
     *                                every pair of values that disagree, each with its full key
     */
    public static EnvironmentConfig from(Settings settings) {
        settings.requireValid(keys());
        List<ConfigurationProblem> problems = new ArrayList<>();
        int devices = settings.get(DEVICES);
        int edges = settings.get(EDGES);
        int edgeSlots = settings.get(EDGE_SLOTS);
        TimeParameters time = null;
        double episode = settings.get(TimeParameters.EPISODE_SECONDS);
        double step = settings.get(TimeParameters.STEP_SECONDS);
        if (episode < step) {
            problems.add(problem(settings, TimeParameters.EPISODE_SECONDS, "must be >= "
                    + settings.fullKey(TimeParameters.STEP_SECONDS.name()) + " (" + step + ")"));
        } else {
            time = TimeParameters.read(settings);
        }
        DeviceParameters device = null;
        ConfigurationProblem deviceCross = DeviceParameters.crossProblem(
                settings.get(DeviceParameters.FULL_SPEED_BATTERY), settings.get(DeviceParameters.MIN_FREQUENCY_BATTERY),
                settings.get(DeviceParameters.BATTERY), settings.get(DeviceParameters.INITIAL_MIN),
                settings.get(DeviceParameters.INITIAL_MAX), settings::fullKey);
        if (deviceCross != null) {
            problems.add(deviceCross);
        } else {
            device = DeviceParameters.read(settings);
        }
        EdgeParameters edge = EdgeParameters.read(settings);
        ConfigurationProblem cross = crossProblem(devices, edges, edgeSlots, edge, settings::fullKey);
        if (cross != null) {
            problems.add(cross);
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new EnvironmentConfig(devices, edges, edgeSlots, time, edge, device, ChannelParameters.read(settings),
                QosParameters.read(settings), ModelParameters.read(settings));
    }

    private static ConfigurationProblem problem(Settings settings, SettingKey<?> key, String reason) {
        String name = key.name();
        return new ConfigurationProblem(settings.fullKey(name), settings.raw(name), reason);
    }

    /** The rule between sizes and positions, or null when they agree. */
    static ConfigurationProblem crossProblem(int devices, int edges, int edgeSlots, EdgeParameters edge,
                                             UnaryOperator<String> fullKey) {
        if (!edge.kmeansPlacement()) {
            int given = edge.explicitPositions().length;
            if (given != edges) {
                return new ConfigurationProblem(fullKey.apply(EdgeParameters.POSITIONS.name()), edge.positions(),
                        "must hold one 'x,y' pair per edge (" + fullKey.apply(EDGES.name()) + " = " + edges
                                + "), not " + given);
            }
        }
        int slots = edgeSlots > 0 ? edgeSlots : edges;
        long actions = (long) slots * 64 + 1;   // generous bound on slots·K + 1 for the mask matrix
        if ((long) devices * actions > Integer.MAX_VALUE - 16) {
            String what = edgeSlots > 0 ? fullKey.apply(EDGE_SLOTS.name()) + " (" + edgeSlots + ")"
                    : fullKey.apply(EDGES.name()) + " (" + edges + ")";
            return new ConfigurationProblem(fullKey.apply(DEVICES.name()), String.valueOf(devices),
                    "times " + what + " must fit the batch arrays (devices × (64·slots + 1) < 2^31"
                            + (edgeSlots > 0 ? ")" : "; the nearest-edge frame, "
                            + fullKey.apply(EDGE_SLOTS.name()) + " > 0, keeps slots small)"));
        }
        return null;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder().devices(devices).edges(edges).edgeSlots(edgeSlots).time(time).edge(edge).device(device).channel(channel)
                .qos(qos).model(model);
    }

    /** Builds {@link EnvironmentConfig}s; starts from the defaults. */
    public static final class Builder {
        private int devices = DEVICES.defaultValue();
        private int edges = EDGES.defaultValue();
        private int edgeSlots = EDGE_SLOTS.defaultValue();
        private TimeParameters time = TimeParameters.defaults();
        private EdgeParameters edge = EdgeParameters.defaults();
        private DeviceParameters device = DeviceParameters.defaults();
        private ChannelParameters channel = ChannelParameters.defaults();
        private QosParameters qos = QosParameters.defaults();
        private ModelParameters model = ModelParameters.defaults();

        private Builder() {
        }

        /** M. */
        public Builder devices(int v) {
            devices = v;
            return this;
        }

        /** N. */
        public Builder edges(int v) {
            edges = v;
            return this;
        }

        /** S, the nearest-edge frame's slots; 0 for the global frame. */
        public Builder edgeSlots(int v) {
            edgeSlots = v;
            return this;
        }

        /** Time parameters. */
        public Builder time(TimeParameters v) {
            time = v;
            return this;
        }

        /** Edge parameters. */
        public Builder edge(EdgeParameters v) {
            edge = v;
            return this;
        }

        /** Device parameters. */
        public Builder device(DeviceParameters v) {
            device = v;
            return this;
        }

        /** Channel parameters. */
        public Builder channel(ChannelParameters v) {
            channel = v;
            return this;
        }

        /** QoS parameters. */
        public Builder qos(QosParameters v) {
            qos = v;
            return this;
        }

        /** Model parameters. */
        public Builder model(ModelParameters v) {
            model = v;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public EnvironmentConfig build() {
            return new EnvironmentConfig(devices, edges, edgeSlots, time, edge, device, channel, qos, model);
        }
    }
}
