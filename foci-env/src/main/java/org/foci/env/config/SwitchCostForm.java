package org.foci.env.config;

/**
 * Where the handover term γ·C enters the cost (MODEL.md §7).
 */
public enum SwitchCostForm {
    /**
     * The paper's appendix form (Eq. 11), the default: γ·C is part of R_f, so a handover costs γ/l. Re-establishing
     * the session on the new edge is served by the SMs the device gets, and the oracle can absorb a handover by
     * giving the switching device more SMs.
     */
    PAPER,
    /**
     * γ·C is part of R_c and costs γ whatever the SMs: the form of this project's results before MODEL.md §7 was
     * revised (docs/results/previous-defaults/).
     */
    FIXED
}
