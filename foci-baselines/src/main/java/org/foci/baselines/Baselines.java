package org.foci.baselines;

import org.foci.api.agent.Agent;

/**
 * The paper's two baselines in one line each, as the command line builds them.
 *
 * <pre>{@code
 * Agent nsg = Baselines.neurosurgeon();   // needs the environment's Scene and CostModel views
 * Agent alp = Baselines.alwaysLocal();
 * }</pre>
 */
public final class Baselines {

    private Baselines() {
    }

    /** {@return NSG: each device greedily minimises its own predicted cost, expecting each edge's previous load} */
    public static Agent neurosurgeon() {
        return neurosurgeon(true);
    }

    /**
     * NSG.
     *
     * @param loadAware expect the equal SM share given each edge's load at the previous step; false: assume
     *                  idle edges (the classic single-user Neurosurgeon)
     * @return a new NSG agent
     */
    public static Agent neurosurgeon(boolean loadAware) {
        return new NeurosurgeonAgent(loadAware);
    }

    /** {@return ALP: every device always runs the whole model locally} */
    public static Agent alwaysLocal() {
        return new AlwaysLocalAgent();
    }
}
