package org.foci.env.config;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * The QoS cost (MODEL.md §7): {@code c = R_c + R_f/l + ζ·max(0, D − D^st)/D^st}, with the handover term γ·C in
 * R_f (the paper's form) or in R_c ({@link SwitchCostForm}).
 *
 * @param deadlineS D^st, the latency constraint, s
 * @param alpha     α, weight of normalised energy
 * @param beta      β, weight of normalised latency
 * @param gamma     γ, weight of a handover
 * @param zeta      ζ, weight of the normalised deadline overrun
 * @param switchCostForm   where the handover term enters the cost: R_f (paper, γ/l) or R_c (fixed, γ)
 * @param oracleSwitchCost how the handover term enters the oracle-shaped reward
 */
public record QosParameters(double deadlineS, double alpha, double beta, double gamma, double zeta,
                            SwitchCostForm switchCostForm, OracleSwitchCost oracleSwitchCost) {

    /** {@code qos.deadlineS}: 1/24 s (paper). */
    public static final SettingKey<Double> DEADLINE_S = SettingKey.real("qos.deadlineS", 1.0 / 24,
            "latency constraint D^st, s (paper: 1/24 s)").greaterThan(0.0).atMost(1.0e3);
    /** {@code qos.alpha}: 1 (paper). */
    public static final SettingKey<Double> ALPHA = SettingKey.real("qos.alpha", 1.0,
            "α, weight of energy E/E_ref in the cost").atLeast(0.0);
    /** {@code qos.beta}: 1 (paper). */
    public static final SettingKey<Double> BETA = SettingKey.real("qos.beta", 1.0,
            "β, weight of latency D/D^st in the cost").atLeast(0.0);
    /** {@code qos.gamma}: 1 (paper). */
    public static final SettingKey<Double> GAMMA = SettingKey.real("qos.gamma", 1.0,
            "γ, weight of a handover C in the cost").atLeast(0.0);
    /** {@code qos.zeta}: 1. */
    public static final SettingKey<Double> ZETA = SettingKey.real("qos.zeta", 1.0,
            "ζ, weight of the deadline overrun max(0, D − D^st)/D^st in the cost").atLeast(0.0);
    /** {@code qos.switchCostForm}: paper (MODEL.md §7 as revised). */
    public static final SettingKey<SwitchCostForm> SWITCH_COST_FORM = SettingKey.choice("qos.switchCostForm",
            SwitchCostForm.class, SwitchCostForm.PAPER, "where the handover term γ·C enters the cost: paper (in R_f, "
                    + "so a handover costs γ/l, the paper's Eq. 11) or fixed (in R_c, γ whatever the SMs)");
    /** {@code qos.oracleSwitchCost}: shared (MODEL.md as written). */
    public static final SettingKey<OracleSwitchCost> ORACLE_SWITCH_COST = SettingKey.choice("qos.oracleSwitchCost",
            OracleSwitchCost.class, OracleSwitchCost.SHARED, "handover term in the oracle reward: shared (every "
                    + "device at the edge gets the worst cost, handovers included) or individual (worst "
                    + "switch-free cost, then each device's own handover)");

    public QosParameters {
        Checks.require(DEADLINE_S, deadlineS);
        Checks.require(ALPHA, alpha);
        Checks.require(BETA, beta);
        Checks.require(GAMMA, gamma);
        Checks.require(ZETA, zeta);
        java.util.Objects.requireNonNull(switchCostForm, "switchCostForm");
        java.util.Objects.requireNonNull(oracleSwitchCost, "oracleSwitchCost");
    }

    /** The MODEL.md form with the given weights (the paper's switch-cost form, handovers shared in the oracle). */
    public QosParameters(double deadlineS, double alpha, double beta, double gamma, double zeta) {
        this(deadlineS, alpha, beta, gamma, zeta, SwitchCostForm.PAPER, OracleSwitchCost.SHARED);
    }

    /** The MODEL.md defaults. */
    public static QosParameters defaults() {
        return builder().build();
    }

    /** The keys, relative to the environment's scope. */
    public static List<SettingKey<?>> keys() {
        return List.of(DEADLINE_S, ALPHA, BETA, GAMMA, ZETA, SWITCH_COST_FORM, ORACLE_SWITCH_COST);
    }

    static QosParameters read(Settings s) {
        return new QosParameters(s.get(DEADLINE_S), s.get(ALPHA), s.get(BETA), s.get(GAMMA), s.get(ZETA),
                s.get(SWITCH_COST_FORM), s.get(ORACLE_SWITCH_COST));
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deadlineS = deadlineS;
        b.alpha = alpha;
        b.beta = beta;
        b.gamma = gamma;
        b.zeta = zeta;
        b.switchCostForm = switchCostForm;
        b.oracleSwitchCost = oracleSwitchCost;
        return b;
    }

    /** Builds {@link QosParameters}; starts from the defaults. */
    public static final class Builder {
        private double deadlineS = DEADLINE_S.defaultValue();
        private double alpha = ALPHA.defaultValue();
        private double beta = BETA.defaultValue();
        private double gamma = GAMMA.defaultValue();
        private double zeta = ZETA.defaultValue();
        private SwitchCostForm switchCostForm = SWITCH_COST_FORM.defaultValue();
        private OracleSwitchCost oracleSwitchCost = ORACLE_SWITCH_COST.defaultValue();

        private Builder() {
        }

        /** D^st, s. */
        public Builder deadlineS(double v) {
            deadlineS = v;
            return this;
        }

        /** α. */
        public Builder alpha(double v) {
            alpha = v;
            return this;
        }

        /** β. */
        public Builder beta(double v) {
            beta = v;
            return this;
        }

        /** γ. */
        public Builder gamma(double v) {
            gamma = v;
            return this;
        }

        /** ζ. */
        public Builder zeta(double v) {
            zeta = v;
            return this;
        }

        /** Where the handover term enters the cost. */
        public Builder switchCostForm(SwitchCostForm v) {
            switchCostForm = v;
            return this;
        }

        /** How handovers enter the oracle reward. */
        public Builder oracleSwitchCost(OracleSwitchCost v) {
            oracleSwitchCost = v;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public QosParameters build() {
            return new QosParameters(deadlineS, alpha, beta, gamma, zeta, switchCostForm, oracleSwitchCost);
        }
    }
}
