package org.foci.env.config;

/**
 * How the handover term γC enters the oracle-shaped reward (MODEL.md §7–8 leave the choice to the
 * form of R_c; see docs/model.md, "Deviations and closed ambiguities").
 */
public enum OracleSwitchCost {
    /**
     * MODEL.md as written (the default): γC is part of each device's R_c, so the oracle's worst cost
     * includes the handover of any admitted device, and every device at the edge receives it.
     */
    SHARED,
    /**
     * The oracle allocates on switch-free costs and its value is the worst switch-free cost; each
     * admitted device then pays only its own handover: {@code r_m = R_n^*(no switch) − γ·C_m}.
     * The max-min signal stays shared, the handover (which no SM allocation can change) is
     * individual.
     */
    INDIVIDUAL
}
