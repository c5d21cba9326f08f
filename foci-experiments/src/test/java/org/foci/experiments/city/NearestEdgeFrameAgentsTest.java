package org.foci.experiments.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.foci.agents.augment.CompetitorAwareAugmenter;
import org.foci.agents.augment.ProximityMeanFieldAugmenter;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.Observations;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.baselines.Baselines;
import org.foci.env.M2mCi;
import org.junit.jupiter.api.Test;

/**
 * The augmenters and Neurosurgeon in the nearest-edge frame ({@code env.edgeSlots}), on the real environment:
 * features line up with the device's slots, and a frame wide enough to hold every edge in range changes nothing
 * Neurosurgeon decides.
 */
class NearestEdgeFrameAgentsTest {

    private static Environment environment(int edgeSlots, int edges) {
        return M2mCi.environment(Settings.of("env.devices", 120, "env.edges", edges, "env.edgeSlots", edgeSlots,
                "env.episodeSeconds", 300, "env.edge.sms", 6, "mobility.plugin", "random-waypoint"));
    }

    /** Random valid actions in the slot frame: a fifth local, the rest on a random filled slot. */
    private static int[] randomActions(Environment env, StepBatch batch, SplittableRandom random) {
        EnvironmentSpec spec = env.spec();
        int[] actions = new int[spec.deviceCount()];
        for (int m = 0; m < actions.length; m++) {
            int a = 1 + random.nextInt(spec.actionCount() - 1);
            actions[m] = random.nextInt(5) > 0 && batch.actionMask()[m * spec.actionCount() + a] ? a
                    : ActionSpace.LOCAL;
        }
        return actions;
    }

    @Test
    void competitorAwareFeaturesAreTheRecordsOfTheEdgesInTheDevicesSlots() {
        Environment env = environment(3, 40);
        EnvironmentSpec spec = env.spec();
        Scene scene = env.view(Scene.class).orElseThrow();
        CompetitorAwareAugmenter coa = new CompetitorAwareAugmenter();
        int features = coa.featureCount(spec);
        assertThat(features).isEqualTo(3 * spec.layerCount());
        SplittableRandom random = new SplittableRandom(2);
        StepBatch batch = env.reset(7, Split.TRAIN);
        int nonZero = 0;
        for (int step = 0; step < 5; step++) {
            batch = env.step(randomActions(env, batch, random));
            float[] out = new float[spec.deviceCount() * features];
            coa.augment(scene, out, 0, features);
            for (int m = 0; m < spec.deviceCount(); m++) {
                for (int s = 0; s < 3; s++) {
                    int edge = scene.edgeInSlot(m, s);
                    for (int k = 0; k < spec.layerCount(); k++) {
                        float expected = edge < 0 ? 0f : (float) scene.edgeRecord(edge, k);
                        assertThat(out[m * features + s * spec.layerCount() + k]).isEqualTo(expected);
                        nonZero += expected != 0f ? 1 : 0;
                    }
                }
            }
        }
        assertThat(nonZero).as("records were seen").isGreaterThan(50);
    }

    @Test
    void theProximityMeanFieldIsTheNeighboursMeanActionInTheDevicesOwnFrame() {
        Environment env = environment(3, 40);
        EnvironmentSpec spec = env.spec();
        Scene scene = env.view(Scene.class).orElseThrow();
        ProximityMeanFieldAugmenter meanField = new ProximityMeanFieldAugmenter(0);
        int features = meanField.featureCount(spec);
        assertThat(features).isEqualTo(spec.actionCount());
        SplittableRandom random = new SplittableRandom(4);
        StepBatch batch = env.reset(9, Split.TRAIN);
        int translated = 0;
        int dropped = 0;
        for (int step = 0; step < 4; step++) {
            batch = env.step(randomActions(env, batch, random));
            float[] out = new float[spec.deviceCount() * features];
            meanField.augment(scene, out, 0, features);
            double radius = scene.perceptionRadiusM();
            for (int m = 0; m < spec.deviceCount(); m++) {
                double[] expected = new double[features];
                int neighbours = 0;
                for (int j = 0; j < spec.deviceCount(); j++) {
                    if (j == m || Math.hypot(scene.deviceXM(j) - scene.deviceXM(m),
                            scene.deviceYM(j) - scene.deviceYM(m)) > radius) {
                        continue;
                    }
                    neighbours++;
                    int action = scene.previousAction(j);
                    if (action == ActionSpace.LOCAL) {
                        expected[0]++;
                        continue;
                    }
                    int slot = scene.slotOfEdge(m, scene.previousEdge(j));
                    if (slot < 0) {
                        dropped++;
                        continue;
                    }
                    translated++;
                    expected[spec.actionSpace().encode(slot, spec.actionSpace().partitionOf(action))]++;
                }
                for (int a = 0; a < features; a++) {
                    float want = neighbours == 0 ? 0f : (float) expected[a] * (1f / neighbours);
                    assertThat(out[m * features + a]).as("device %d feature %d", m, a).isEqualTo(want);
                }
            }
        }
        assertThat(translated).as("neighbours' offloads named in the device's frame").isGreaterThan(100);
        assertThat(dropped).as("neighbours' offloads to edges outside the device's slots").isPositive();
    }

    @Test
    void neurosurgeonDecidesTheSameInAFrameThatHoldsEveryEdgeInRange() {
        Environment global = environment(0, 11);
        Environment nearest = environment(11, 11);
        Agent a = Baselines.neurosurgeon();
        Agent b = Baselines.neurosurgeon();
        StepBatch g = global.reset(3, Split.EVALUATION);
        StepBatch s = nearest.reset(3, Split.EVALUATION);
        Scene globalScene = global.view(Scene.class).orElseThrow();
        Scene nearestScene = nearest.view(Scene.class).orElseThrow();
        int devices = global.spec().deviceCount();
        int[] ga = new int[devices];
        int[] sa = new int[devices];
        int offloads = 0;
        while (!g.truncated()) {
            a.act(new Observations(g.observations(), g.actionMask(), global), false, ga);
            b.act(new Observations(s.observations(), s.actionMask(), nearest), false, sa);
            ActionSpace space = global.spec().actionSpace();
            for (int m = 0; m < devices; m++) {
                int edge = space.edgeOf(ga[m]);
                int slotEdge = ActionSpace.isLocal(sa[m]) ? -1 : nearestScene.edgeInSlot(m,
                        nearest.spec().actionSpace().edgeOf(sa[m]));
                assertThat(slotEdge).as("device %d at step %d", m, globalScene.step()).isEqualTo(edge);
                assertThat(space.partitionOf(ga[m])).isEqualTo(space.partitionOf(sa[m]));
                offloads += edge >= 0 ? 1 : 0;
            }
            g = global.step(ga);
            s = nearest.step(sa);
            assertThat(s.rewards()).isEqualTo(g.rewards());
        }
        assertThat(offloads).isGreaterThan(100);
    }
}
