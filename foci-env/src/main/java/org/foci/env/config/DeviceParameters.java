package org.foci.env.config;

import java.util.List;
import java.util.function.UnaryOperator;
import org.foci.api.ConfigurationProblem;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * The device hardware (MODEL.md §5): a Jetson TX2-class GPU with DVFS, a battery and a radio.
 *
 * <p>DVFS: {@code f = 1} for battery fraction {@code b >= fullSpeedBattery}, linear down to
 * {@code minFrequency} at {@code b = minFrequencyBattery}, {@code minFrequency} below. Compute
 * power {@code P(f) = staticPowerW + dynamicPowerW·f³}. Use {@link #builder()} to change a few
 * values.
 *
 * @param throughputMacPerS   θ_dev, MAC/s at f = 1
 * @param staticPowerW        static compute power, W
 * @param dynamicPowerW       dynamic compute power at f = 1, W
 * @param minFrequency        f_min, the lowest frequency ratio, in (0, 1]
 * @param fullSpeedBattery    battery fraction at and above which f = 1
 * @param minFrequencyBattery battery fraction at and below which f = f_min
 * @param batteryWh           capacity, Wh
 * @param initialBatteryMinWh lower end of the uniform initial level, Wh
 * @param initialBatteryMaxWh upper end of the uniform initial level, Wh
 * @param idlePowerW          drain while idle, over the whole step, W
 * @param radioPowerW         radio power while transmitting, W
 */
public record DeviceParameters(double throughputMacPerS, double staticPowerW, double dynamicPowerW,
                               double minFrequency, double fullSpeedBattery, double minFrequencyBattery,
                               double batteryWh, double initialBatteryMinWh, double initialBatteryMaxWh,
                               double idlePowerW, double radioPowerW) {

    /** {@code device.throughputMacPerS}: 7.74 GMAC/s (full local inference 28 ms at f = 1). */
    public static final SettingKey<Double> THROUGHPUT = SettingKey.real("device.throughputMacPerS", 7.74e9,
            "θ_dev, device compute throughput at f = 1, MAC/s").greaterThan(0.0);
    /** {@code device.staticPowerW}: 1.2 W. */
    public static final SettingKey<Double> STATIC_POWER = SettingKey.real("device.staticPowerW", 1.2,
            "static part of compute power P(f), W").atLeast(0.0);
    /** {@code device.dynamicPowerW}: 0.9 W (times f³). */
    public static final SettingKey<Double> DYNAMIC_POWER = SettingKey.real("device.dynamicPowerW", 0.9,
            "dynamic part of compute power at f = 1 (scales with f³), W").atLeast(0.0);
    /** {@code device.minFrequency}: 0.65 (paper). */
    public static final SettingKey<Double> MIN_FREQUENCY = SettingKey.real("device.minFrequency", 0.65,
            "f_min, lowest DVFS frequency ratio").greaterThan(0.0).atMost(1.0);
    /** {@code device.fullSpeedBattery}: 0.5. */
    public static final SettingKey<Double> FULL_SPEED_BATTERY = SettingKey.real("device.fullSpeedBattery", 0.5,
            "battery fraction at and above which f = 1").between(0.0, 1.0);
    /** {@code device.minFrequencyBattery}: 0.1. */
    public static final SettingKey<Double> MIN_FREQUENCY_BATTERY = SettingKey.real("device.minFrequencyBattery", 0.1,
            "battery fraction at and below which f = f_min (linear in between)").between(0.0, 1.0);
    /** {@code device.batteryWh}: 12 Wh. */
    public static final SettingKey<Double> BATTERY = SettingKey.real("device.batteryWh", 12.0,
            "battery capacity, Wh").greaterThan(0.0);
    /** {@code device.initialBatteryMinWh}: 3 Wh (paper). */
    public static final SettingKey<Double> INITIAL_MIN = SettingKey.real("device.initialBatteryMinWh", 3.0,
            "lower end of the uniform initial battery level, Wh").atLeast(0.0);
    /** {@code device.initialBatteryMaxWh}: 12 Wh (paper). */
    public static final SettingKey<Double> INITIAL_MAX = SettingKey.real("device.initialBatteryMaxWh", 12.0,
            "upper end of the uniform initial battery level, Wh").atLeast(0.0);
    /** {@code device.idlePowerW}: 0.5 W. */
    public static final SettingKey<Double> IDLE_POWER = SettingKey.real("device.idlePowerW", 0.5,
            "idle drain over the whole decision interval, W").atLeast(0.0);
    /** {@code device.radioPowerW}: 1.2 W. */
    public static final SettingKey<Double> RADIO_POWER = SettingKey.real("device.radioPowerW", 1.2,
            "radio power while transmitting, W").atLeast(0.0);

    public DeviceParameters {
        Checks.require(THROUGHPUT, throughputMacPerS);
        Checks.require(STATIC_POWER, staticPowerW);
        Checks.require(DYNAMIC_POWER, dynamicPowerW);
        Checks.require(MIN_FREQUENCY, minFrequency);
        Checks.require(FULL_SPEED_BATTERY, fullSpeedBattery);
        Checks.require(MIN_FREQUENCY_BATTERY, minFrequencyBattery);
        Checks.require(BATTERY, batteryWh);
        Checks.require(INITIAL_MIN, initialBatteryMinWh);
        Checks.require(INITIAL_MAX, initialBatteryMaxWh);
        Checks.require(IDLE_POWER, idlePowerW);
        Checks.require(RADIO_POWER, radioPowerW);
        ConfigurationProblem cross = crossProblem(fullSpeedBattery, minFrequencyBattery, batteryWh,
                initialBatteryMinWh, initialBatteryMaxWh, UnaryOperator.identity());
        if (cross != null) {
            throw new IllegalArgumentException(cross.toString());
        }
    }

    /**
     * The rule between keys that one key cannot state, or null when the values agree.
     *
     * @param fullKey turns a key name into the name shown in messages
     */
    static ConfigurationProblem crossProblem(double fullSpeed, double minBattery, double capacity, double initialMin,
                                             double initialMax, UnaryOperator<String> fullKey) {
        if (minBattery > fullSpeed) {
            return new ConfigurationProblem(fullKey.apply(MIN_FREQUENCY_BATTERY.name()), String.valueOf(minBattery),
                    "must be <= " + fullKey.apply(FULL_SPEED_BATTERY.name()) + " (" + fullSpeed + ")");
        }
        if (initialMin > initialMax) {
            return new ConfigurationProblem(fullKey.apply(INITIAL_MIN.name()), String.valueOf(initialMin),
                    "must be <= " + fullKey.apply(INITIAL_MAX.name()) + " (" + initialMax + ")");
        }
        if (initialMax > capacity) {
            return new ConfigurationProblem(fullKey.apply(INITIAL_MAX.name()), String.valueOf(initialMax),
                    "must be <= " + fullKey.apply(BATTERY.name()) + " (" + capacity + ")");
        }
        return null;
    }

    /** The MODEL.md defaults. */
    public static DeviceParameters defaults() {
        return builder().build();
    }

    /** The keys, relative to the environment's scope. */
    public static List<SettingKey<?>> keys() {
        return List.of(THROUGHPUT, STATIC_POWER, DYNAMIC_POWER, MIN_FREQUENCY, FULL_SPEED_BATTERY,
                MIN_FREQUENCY_BATTERY, BATTERY, INITIAL_MIN, INITIAL_MAX, IDLE_POWER, RADIO_POWER);
    }

    static DeviceParameters read(Settings s) {
        return builder().throughputMacPerS(s.get(THROUGHPUT)).staticPowerW(s.get(STATIC_POWER))
                .dynamicPowerW(s.get(DYNAMIC_POWER)).minFrequency(s.get(MIN_FREQUENCY))
                .fullSpeedBattery(s.get(FULL_SPEED_BATTERY)).minFrequencyBattery(s.get(MIN_FREQUENCY_BATTERY))
                .batteryWh(s.get(BATTERY)).initialBatteryMinWh(s.get(INITIAL_MIN))
                .initialBatteryMaxWh(s.get(INITIAL_MAX)).idlePowerW(s.get(IDLE_POWER)).radioPowerW(s.get(RADIO_POWER))
                .build();
    }

    /** Battery capacity in joules. */
    public double batteryJ() {
        return batteryWh * 3600.0;
    }

    /** The DVFS frequency ratio f at battery fraction b (clamped to [0, 1]). */
    public double frequencyRatio(double batteryFraction) {
        if (batteryFraction >= fullSpeedBattery) {
            return 1.0;
        }
        if (batteryFraction <= minFrequencyBattery) {
            return minFrequency;
        }
        double t = (batteryFraction - minFrequencyBattery) / (fullSpeedBattery - minFrequencyBattery);
        return minFrequency + (1.0 - minFrequency) * t;
    }

    /** Compute power {@code P(f) = static + dynamic·f³}, W. */
    public double computePowerW(double f) {
        return staticPowerW + dynamicPowerW * f * f * f;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder().throughputMacPerS(throughputMacPerS).staticPowerW(staticPowerW)
                .dynamicPowerW(dynamicPowerW).minFrequency(minFrequency).fullSpeedBattery(fullSpeedBattery)
                .minFrequencyBattery(minFrequencyBattery).batteryWh(batteryWh)
                .initialBatteryMinWh(initialBatteryMinWh).initialBatteryMaxWh(initialBatteryMaxWh)
                .idlePowerW(idlePowerW).radioPowerW(radioPowerW);
    }

    /** Builds {@link DeviceParameters}; starts from the defaults. */
    public static final class Builder {
        private double throughputMacPerS = THROUGHPUT.defaultValue();
        private double staticPowerW = STATIC_POWER.defaultValue();
        private double dynamicPowerW = DYNAMIC_POWER.defaultValue();
        private double minFrequency = MIN_FREQUENCY.defaultValue();
        private double fullSpeedBattery = FULL_SPEED_BATTERY.defaultValue();
        private double minFrequencyBattery = MIN_FREQUENCY_BATTERY.defaultValue();
        private double batteryWh = BATTERY.defaultValue();
        private double initialBatteryMinWh = INITIAL_MIN.defaultValue();
        private double initialBatteryMaxWh = INITIAL_MAX.defaultValue();
        private double idlePowerW = IDLE_POWER.defaultValue();
        private double radioPowerW = RADIO_POWER.defaultValue();

        private Builder() {
        }

        /** θ_dev, MAC/s. */
        public Builder throughputMacPerS(double v) {
            throughputMacPerS = v;
            return this;
        }

        /** Static compute power, W. */
        public Builder staticPowerW(double v) {
            staticPowerW = v;
            return this;
        }

        /** Dynamic compute power at f = 1, W. */
        public Builder dynamicPowerW(double v) {
            dynamicPowerW = v;
            return this;
        }

        /** f_min. */
        public Builder minFrequency(double v) {
            minFrequency = v;
            return this;
        }

        /** Battery fraction for full speed. */
        public Builder fullSpeedBattery(double v) {
            fullSpeedBattery = v;
            return this;
        }

        /** Battery fraction for f_min. */
        public Builder minFrequencyBattery(double v) {
            minFrequencyBattery = v;
            return this;
        }

        /** Capacity, Wh. */
        public Builder batteryWh(double v) {
            batteryWh = v;
            return this;
        }

        /** Lower end of the initial level, Wh. */
        public Builder initialBatteryMinWh(double v) {
            initialBatteryMinWh = v;
            return this;
        }

        /** Upper end of the initial level, Wh. */
        public Builder initialBatteryMaxWh(double v) {
            initialBatteryMaxWh = v;
            return this;
        }

        /** Idle drain, W. */
        public Builder idlePowerW(double v) {
            idlePowerW = v;
            return this;
        }

        /** Radio power, W. */
        public Builder radioPowerW(double v) {
            radioPowerW = v;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public DeviceParameters build() {
            return new DeviceParameters(throughputMacPerS, staticPowerW, dynamicPowerW, minFrequency,
                    fullSpeedBattery, minFrequencyBattery, batteryWh, initialBatteryMinWh, initialBatteryMaxWh,
                    idlePowerW, radioPowerW);
        }
    }
}
