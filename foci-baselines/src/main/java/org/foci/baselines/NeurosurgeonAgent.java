package org.foci.baselines;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.foci.api.agent.Agent;
import org.foci.api.agent.Observations;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.CostModel;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;

/**
 * NSG, Neurosurgeon (Kang et al., ASPLOS 2017) in the multi-edge setting: each device picks the
 * (edge, partition) within its perception radius, or local execution, that minimises its
 * <em>own</em> predicted cost, from the environment's latency/energy model, its current channel,
 * and each edge's load at the previous step. No learning, no coordination: every device assumes
 * the others stay where they were, which is what makes greedy devices crowd the same edges.
 *
 * <p>Expected SMs at edge n: the equal share {@code max(1, ⌊L / d⌋)} with d the previous load,
 * plus one unless the device itself was sent to n at the previous step (then it was counted).
 * With {@code loadAware = false} a device assumes an idle edge (all L SMs), the classic
 * single-user Neurosurgeon. Ties go to the lowest action index; deterministic.
 */
public final class NeurosurgeonAgent implements Agent {

    private final boolean loadAware;
    private final String identity;
    private int[] inRange = new int[0];

    NeurosurgeonAgent(boolean loadAware) {
        this.loadAware = loadAware;
        this.identity = NeurosurgeonProvider.NAME + "(loadAware=" + loadAware + ")";
    }

    @Override
    public void act(Observations observations, boolean explore, int[] actionsOut) {
        Scene scene = observations.views().require(Scene.class, "agent " + identity);
        CostModel costs = observations.views().require(CostModel.class, "agent " + identity);
        EnvironmentSpec spec = scene.spec();
        ActionSpace space = spec.actionSpace();
        int actionCount = spec.actionCount();
        boolean[] mask = observations.actionMask();
        if (inRange.length < spec.edgeCount()) {
            inRange = new int[spec.edgeCount()];
        }
        for (int m = 0; m < spec.deviceCount(); m++) {
            int best = ActionSpace.LOCAL;
            double bestCost = costs.predictedCost(m, ActionSpace.LOCAL, 0);
            int previousEdge = scene.previousEdge(m);
            int count = scene.edgesInRange(m, inRange);
            for (int i = 0; i < count; i++) {
                int edge = inRange[i];
                int slot = scene.slotOfEdge(m, edge);
                if (slot < 0) {
                    continue;     // in range, but beyond the device's nearest-edge slots
                }
                int sms = expectedSms(scene, spec, edge, previousEdge == edge);
                for (int k = 0; k < spec.layerCount(); k++) {
                    int action = space.encode(slot, k);
                    if (!mask[m * actionCount + action]) {
                        continue;
                    }
                    double cost = costs.predictedCost(m, action, sms);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = action;
                    }
                }
            }
            actionsOut[m] = best;
        }
    }

    private int expectedSms(Scene scene, EnvironmentSpec spec, int edge, boolean countedLastStep) {
        if (!loadAware) {
            return spec.smsPerEdge();
        }
        int competitors = scene.edgeLoad(edge) + (countedLastStep ? 0 : 1);
        return Math.max(1, spec.smsPerEdge() / Math.max(1, competitors));
    }

    @Override
    public void writeCheckpoint(OutputStream out) throws IOException {
        StatelessCheckpoint.write(out, identity);
    }

    @Override
    public void readCheckpoint(InputStream in) throws IOException {
        StatelessCheckpoint.read(in, identity);
    }
}
