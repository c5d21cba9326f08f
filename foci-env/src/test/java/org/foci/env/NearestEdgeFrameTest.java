package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.foci.api.Settings;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.InvalidActionException;
import org.foci.api.env.Scene;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.observation.ObservationLayout;
import org.foci.testkit.ReferenceGreedyMaxMin;
import org.junit.jupiter.api.Test;

/** The nearest-edge frame relabels the actions and features; it does not change the system. */
class NearestEdgeFrameTest {

    private static final int EDGES = 40;
    private static final int SLOTS = 3;

    private static M2mCiEnvironment environment(int edgeSlots) {
        return new M2mCiEnvironment(EnvironmentConfig.from(Settings.of("devices", 80, "edges", EDGES, "edgeSlots",
                edgeSlots, "episodeSeconds", 600, "edge.sms", 6, "channel.shadowingSigmaDb", 4)),
                new EnvironmentComponents(Fixtures.AREA, Fixtures.randomWaypoint(), EqualShare.INSTANCE,
                        ReferenceGreedyMaxMin.INSTANCE));
    }

    @Test
    void theShapeDependsOnTheSlotsNotOnTheEdges() {
        EnvironmentSpec spec = environment(SLOTS).spec();
        assertThat(spec.edgeCount()).isEqualTo(EDGES);
        assertThat(spec.slotCount()).isEqualTo(SLOTS);
        assertThat(spec.actionCount()).isEqualTo(SLOTS * spec.layerCount() + 1);
        assertThat(spec.observationSize()).isEqualTo(3 * SLOTS + 5);
        assertThat(environment(0).spec().actionCount()).isEqualTo(EDGES * spec.layerCount() + 1);
    }

    @Test
    void theSameChoicesGiveTheSameOutcomesInBothFrames() {
        M2mCiEnvironment global = environment(0);
        M2mCiEnvironment nearest = environment(SLOTS);
        StepBatch g = global.reset(11, Split.TRAIN);
        StepBatch s = nearest.reset(11, Split.TRAIN);
        Scene scene = nearest.view(Scene.class).orElseThrow();
        ActionSpace globalSpace = global.spec().actionSpace();
        ActionSpace slotSpace = nearest.spec().actionSpace();
        ObservationLayout globalLayout = new ObservationLayout(EDGES);
        ObservationLayout slotLayout = new ObservationLayout(SLOTS);
        int devices = global.spec().deviceCount();
        int layers = global.spec().layerCount();
        SplittableRandom random = new SplittableRandom(3);
        int[] globalActions = new int[devices];
        int[] slotActions = new int[devices];
        int offloads = 0;
        int handovers = 0;
        while (!g.truncated()) {
            for (int m = 0; m < devices; m++) {
                int filled = 0;
                while (filled < SLOTS && scene.edgeInSlot(m, filled) >= 0) {
                    int edge = scene.edgeInSlot(m, filled);
                    int gRow = globalLayout.row(m);
                    int sRow = slotLayout.row(m);
                    assertThat(s.observations()[slotLayout.rate(sRow, filled)]).as("device %d slot %d", m, filled)
                            .isEqualTo(g.observations()[globalLayout.rate(gRow, edge)]);
                    filled++;
                }
                if (filled == 0 || random.nextInt(5) == 0) {
                    globalActions[m] = ActionSpace.LOCAL;
                    slotActions[m] = ActionSpace.LOCAL;
                } else {
                    int slot = random.nextInt(filled);
                    int k = random.nextInt(layers);
                    globalActions[m] = globalSpace.encode(scene.edgeInSlot(m, slot), k);
                    slotActions[m] = slotSpace.encode(slot, k);
                    offloads++;
                }
            }
            g = global.step(globalActions);
            s = nearest.step(slotActions);
            assertThat(s.rewards()).isEqualTo(g.rewards());
            DeviceOutcomes go = global.view(DeviceOutcomes.class).orElseThrow();
            DeviceOutcomes so = nearest.view(DeviceOutcomes.class).orElseThrow();
            assertThat(so.cost()).isEqualTo(go.cost());
            assertThat(so.servingEdge()).isEqualTo(go.servingEdge());
            for (int m = 0; m < devices; m++) {
                assertThat(scene.previousEdge(m)).isEqualTo(globalSpace.edgeOf(globalActions[m]));
                handovers += so.handover()[m] ? 1 : 0;
            }
        }
        assertThat(offloads).as("the test offloads").isGreaterThan(1000);
        assertThat(handovers).as("the test hands over").isGreaterThan(10);
    }

    @Test
    void theSlotsAreTheNearestEdgesInRange() {
        M2mCiEnvironment env = environment(SLOTS);
        StepBatch batch = env.reset(5, Split.EVALUATION);
        Scene scene = env.view(Scene.class).orElseThrow();
        int[] inRange = new int[EDGES];
        int truncated = 0;
        for (int step = 0; step < 10; step++) {
            for (int m = 0; m < env.spec().deviceCount(); m++) {
                int count = scene.edgesInRange(m, inRange);
                double[] distance = new double[count];
                for (int i = 0; i < count; i++) {
                    distance[i] = Math.hypot(scene.deviceXM(m) - scene.edgeXM(inRange[i]),
                            scene.deviceYM(m) - scene.edgeYM(inRange[i]));
                }
                double[] sorted = distance.clone();
                java.util.Arrays.sort(sorted);
                for (int slot = 0; slot < SLOTS; slot++) {
                    int edge = scene.edgeInSlot(m, slot);
                    if (slot >= count) {
                        assertThat(edge).isEqualTo(-1);
                        continue;
                    }
                    assertThat(Math.hypot(scene.deviceXM(m) - scene.edgeXM(edge), scene.deviceYM(m)
                            - scene.edgeYM(edge))).as("device %d slot %d", m, slot).isEqualTo(sorted[slot]);
                }
                truncated += count > SLOTS ? 1 : 0;
            }
            batch = env.step(new int[env.spec().deviceCount()]);
        }
        assertThat(truncated).as("some devices have more edges in range than slots").isPositive();
    }

    @Test
    void anActionOnAnEmptySlotNamesTheSlot() {
        M2mCiEnvironment env = environment(SLOTS);
        env.reset(5, Split.TRAIN);
        Scene scene = env.view(Scene.class).orElseThrow();
        int device = -1;
        for (int m = 0; m < env.spec().deviceCount() && device < 0; m++) {
            if (scene.edgeInSlot(m, SLOTS - 1) < 0) {
                device = m;
            }
        }
        assertThat(device).as("a device with an empty slot").isNotNegative();
        int[] actions = new int[env.spec().deviceCount()];
        actions[device] = env.spec().actionSpace().encode(SLOTS - 1, 0);
        int named = device;
        assertThatThrownBy(() -> env.step(actions)).isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("device " + named).hasMessageContaining("slot " + (SLOTS - 1) + " is empty");
    }

    @Test
    void theSlotsLimitTheBatchArraysNotTheEdges() {
        assertThatThrownBy(() -> EnvironmentConfig.from(Settings.of("devices", 1_000_000, "edges", 100_000)))
                .hasMessageContaining("edgeSlots");
        assertThat(EnvironmentConfig.from(Settings.of("devices", 1_000_000, "edges", 100_000, "edgeSlots", 8))
                .edgeSlots()).isEqualTo(8);
    }
}
