package org.foci.examples.environment;

import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.Observations;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.baselines.Baselines;
import org.foci.env.M2mCi;

/**
 * The paper's environment as a library: one episode of {@code m2m-ci} at a small size (24 devices, 3 edges,
 * 20 steps of 15 s on the shipped Porto trace), every device choosing by the NSG baseline (Neurosurgeon: the
 * action of least predicted cost, read from the environment's Scene and CostModel views). Prints the mean cost
 * per device-step and how often devices offloaded.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The one line: area, Porto-trace mobility, equal-share runtime allocator and ipls-minrisk oracle by default.
        Environment env = M2mCi.environment(Settings.of("env.devices", 24, "env.edges", 3, "env.episodeSeconds", 300));
        EnvironmentSpec spec = env.spec();
        Agent nsg = Baselines.neurosurgeon();
        DeviceOutcomes outcomes = env.view(DeviceOutcomes.class).orElseThrow();

        StepBatch batch = env.reset(42, Split.EVALUATION);
        int[] actions = new int[spec.deviceCount()];
        double costSum = 0;
        int deviceSteps = 0;
        int offloaded = 0;
        while (!batch.truncated()) {
            nsg.act(new Observations(batch.observations(), batch.actionMask(), env), false, actions);
            batch = env.step(actions);
            for (int m = 0; m < spec.deviceCount(); m++) {
                costSum += outcomes.cost()[m];
                offloaded += actions[m] == ActionSpace.LOCAL ? 0 : 1;
            }
            deviceSteps += spec.deviceCount();
        }
        System.out.printf("m2m-ci devices=%d edges=%d steps=%d policy=nsg meanCost=%.6f offloaded=%.3f%n",
                spec.deviceCount(), spec.edgeCount(), batch.step(), costSum / deviceSteps,
                (double) offloaded / deviceSteps);
    }
}
