package org.foci.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EdgeOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.InvalidActionException;
import org.foci.api.env.RewardSignals;
import org.foci.api.env.Scene;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Environment} keeps. Extend it and implement {@link #environment()}
 * with a small, fast configuration (a whole episode runs several times).
 *
 * <p>Checks on the core: batch arrays have the spec's shape; the local action is always allowed; random valid
 * actions run an episode to truncation after T steps with finite rewards; the same seed and actions give
 * bit-identical batches; invalid actions (out of range, masked, wrong count) are rejected naming the device;
 * stepping before reset or after truncation is an illegal state. On the optional views the environment
 * offers: sensible {@link DeviceOutcomes} and {@link EdgeOutcomes} (and the own-QoS reward is minus the cost),
 * a {@link Scene} that agrees with the mask.
 */
public abstract class EnvironmentContract {

    /** A fresh environment under test. */
    protected abstract Environment environment();

    /** Random actions allowed by the mask. */
    protected static int[] randomValidActions(EnvironmentSpec spec, StepBatch batch, SplittableRandom random) {
        int actionCount = spec.actionCount();
        int[] actions = new int[spec.deviceCount()];
        List<Integer> allowed = new ArrayList<>();
        for (int m = 0; m < spec.deviceCount(); m++) {
            allowed.clear();
            for (int a = 0; a < actionCount; a++) {
                if (batch.actionMask()[m * actionCount + a]) {
                    allowed.add(a);
                }
            }
            actions[m] = allowed.get(random.nextInt(allowed.size()));
        }
        return actions;
    }

    @Test
    void resetGivesArraysOfTheSpecsShapeWithLocalAlwaysAllowed() {
        Environment env = environment();
        EnvironmentSpec spec = env.spec();
        StepBatch batch = env.reset(1, Split.TRAIN);
        assertThat(batch.observations()).hasSize(spec.deviceCount() * spec.observationSize());
        assertThat(batch.actionMask()).hasSize(spec.deviceCount() * spec.actionCount());
        assertThat(batch.step()).isZero();
        assertThat(batch.truncated()).isFalse();
        for (int m = 0; m < spec.deviceCount(); m++) {
            assertThat(batch.actionMask()[m * spec.actionCount() + ActionSpace.LOCAL]).as("device %d", m).isTrue();
        }
        for (float value : batch.observations()) {
            assertThat(value).isFinite();
        }
    }

    @Test
    void randomValidActionsRunAnEpisodeToTruncation() {
        Environment env = environment();
        EnvironmentSpec spec = env.spec();
        SplittableRandom random = new SplittableRandom(5);
        StepBatch batch = env.reset(2, Split.TRAIN);
        for (int t = 1; t <= spec.stepsPerEpisode(); t++) {
            int[] actions = randomValidActions(spec, batch, random);
            batch = env.step(actions);
            assertThat(batch.step()).isEqualTo(t);
            assertThat(batch.truncated()).isEqualTo(t == spec.stepsPerEpisode());
            for (int m = 0; m < spec.deviceCount(); m++) {
                assertThat(batch.rewards()[m]).as("reward of device %d at step %d", m, t).isFinite();
            }
            StepBatch step = batch;
            env.view(DeviceOutcomes.class).ifPresent(outcomes -> checkDeviceOutcomes(env, step, outcomes));
            env.view(EdgeOutcomes.class).ifPresent(outcomes -> {
                for (int n = 0; n < spec.edgeCount(); n++) {
                    assertThat(outcomes.load()[n]).isBetween(0, spec.smsPerEdge());
                }
            });
        }
    }

    private static void checkDeviceOutcomes(Environment env, StepBatch batch, DeviceOutcomes outcomes) {
        EnvironmentSpec spec = env.spec();
        boolean ownQos = env.view(RewardSignals.class).map(s -> s.selected().equals("own-qos")).orElse(false);
        for (int m = 0; m < spec.deviceCount(); m++) {
            if (ownQos) {
                assertThat(batch.rewards()[m]).as("own-QoS reward of device %d", m)
                        .isEqualTo((float) -outcomes.cost()[m]);
            }
            assertThat(outcomes.cost()[m]).as("cost of device %d", m).isFinite().isPositive();
            assertThat(outcomes.latencyS()[m]).as("latency").isFinite().isPositive();
            assertThat(outcomes.energyJ()[m]).as("energy").isFinite().isNotNegative();
            int edge = outcomes.servingEdge()[m];
            assertThat(edge).isBetween(-1, spec.edgeCount() - 1);
            if (edge >= 0) {
                assertThat(outcomes.sms()[m]).isBetween(1, spec.smsPerEdge());
            }
        }
    }

    @Test
    void theSameSeedAndActionsGiveBitIdenticalBatches() {
        Environment first = environment();
        Environment second = environment();
        StepBatch a = first.reset(3, Split.EVALUATION);
        StepBatch b = second.reset(3, Split.EVALUATION);
        SplittableRandom random = new SplittableRandom(6);
        for (int t = 0; t < Math.min(20, first.spec().stepsPerEpisode()); t++) {
            assertThat(b.observations()).containsExactly(a.observations());
            assertThat(b.actionMask()).containsExactly(a.actionMask());
            int[] actions = randomValidActions(first.spec(), a, random);
            a = first.step(actions);
            b = second.step(actions);
            assertThat(b.rewards()).containsExactly(a.rewards());
            assertThat(b.step()).isEqualTo(a.step());
            first.view(DeviceOutcomes.class).ifPresent(outcomes -> assertThat(
                    second.view(DeviceOutcomes.class).orElseThrow().cost()).containsExactly(outcomes.cost()));
        }
    }

    @Test
    void theSceneAgreesWithTheMask() {
        Environment env = environment();
        EnvironmentSpec spec = env.spec();
        StepBatch batch = env.reset(4, Split.TRAIN);
        if (env.view(Scene.class).isEmpty()) {
            return;     // an optional view
        }
        Scene scene = env.view(Scene.class).orElseThrow();
        ActionSpace space = spec.actionSpace();
        int[] inRange = new int[spec.edgeCount()];
        for (int m = 0; m < spec.deviceCount(); m++) {
            int count = scene.edgesInRange(m, inRange);
            boolean[] reachable = new boolean[spec.edgeCount()];
            for (int i = 0; i < count; i++) {
                reachable[inRange[i]] = true;
            }
            double previousDistance = 0;
            for (int s = 0; s < spec.slotCount(); s++) {
                int n = scene.edgeInSlot(m, s);
                assertThat(n).as("device %d, slot %d", m, s).isBetween(-1, spec.edgeCount() - 1);
                if (n >= 0) {
                    assertThat(scene.slotOfEdge(m, n)).as("device %d: the slot of edge %d", m, n).isEqualTo(s);
                }
                if (spec.nearestEdgeFrame() && n >= 0) {
                    assertThat(reachable[n]).as("device %d: slot %d names edge %d, out of range", m, s, n).isTrue();
                    double distance = Math.hypot(scene.deviceXM(m) - scene.edgeXM(n),
                            scene.deviceYM(m) - scene.edgeYM(n));
                    assertThat(distance).as("device %d: slots are nearest first", m)
                            .isGreaterThanOrEqualTo(previousDistance);
                    previousDistance = distance;
                }
                for (int k = 0; k < spec.layerCount(); k++) {
                    assertThat(batch.actionMask()[m * spec.actionCount() + space.encode(s, k)])
                            .as("device %d, slot %d (edge %d), k %d", m, s, n, k).isEqualTo(n >= 0 && reachable[n]);
                }
            }
            if (spec.nearestEdgeFrame()) {
                int device = m;
                assertThat(IntStream.range(0, spec.slotCount()).filter(s -> scene.edgeInSlot(device, s) >= 0).count())
                        .as("device %d: filled slots", m).isEqualTo(Math.min(count, spec.slotCount()));
            }
        }
    }

    @Test
    void anOutOfRangeActionIsRejectedNamingTheDevice() {
        Environment env = environment();
        env.reset(5, Split.TRAIN);
        int[] actions = new int[env.spec().deviceCount()];
        int device = actions.length - 1;
        actions[device] = env.spec().actionCount();
        assertThatThrownBy(() -> env.step(actions)).isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("device " + device).hasMessageContaining(String.valueOf(actions[device]));
        actions[device] = -1;
        assertThatThrownBy(() -> env.step(actions)).isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("device " + device);
    }

    @Test
    void aMaskedActionIsRejectedNamingTheDevice() {
        Environment env = environment();
        StepBatch batch = env.reset(6, Split.TRAIN);
        int actionCount = env.spec().actionCount();
        for (int m = 0; m < env.spec().deviceCount(); m++) {
            for (int a = 0; a < actionCount; a++) {
                if (!batch.actionMask()[m * actionCount + a]) {
                    int[] actions = new int[env.spec().deviceCount()];
                    actions[m] = a;
                    int device = m;
                    assertThatThrownBy(() -> env.step(actions)).isInstanceOf(InvalidActionException.class)
                            .hasMessageContaining("device " + device).hasMessageContaining(String.valueOf(a));
                    return;
                }
            }
        }
    }

    @Test
    void aWrongNumberOfActionsIsRejected() {
        Environment env = environment();
        env.reset(7, Split.TRAIN);
        assertThatThrownBy(() -> env.step(new int[env.spec().deviceCount() + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actions");
    }

    @Test
    void steppingBeforeResetOrAfterTruncationIsAnIllegalState() {
        Environment env = environment();
        int[] local = new int[env.spec().deviceCount()];
        assertThatThrownBy(() -> env.step(local)).isInstanceOf(IllegalStateException.class);
        StepBatch batch = env.reset(8, Split.TRAIN);
        while (!batch.truncated()) {
            batch = env.step(local);
        }
        assertThatThrownBy(() -> env.step(local)).isInstanceOf(IllegalStateException.class);
    }
}
