package org.foci.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.foci.api.Settings;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EdgeOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.RewardSignals;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.M2mCi;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.wiring.PluginRegistry;
import org.foci.experiments.wiring.PluginsModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * foci-env's one-line entry ({@link M2mCi#environment(Settings)}) gives the environment the command line builds
 * ({@link ComponentFactory}) for the same settings: the same observations, masks, rewards (both signals),
 * device outcomes and oracle values, bit for bit, over an episode of the smoke preset.
 */
class OneLineEnvironmentTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "mobility.plugin=random-waypoint,shaping.plugin=maxmin-exact,area.sideM=1200",
            "runtime.plugin=proportional,shaping.epsilon=0.01,env.qos.deadlineS=0.05"})
    void givesTheCommandLinesEnvironmentBitForBit(String overrides) {
        TreeMap<String, String> values = new TreeMap<>();
        for (String assignment : overrides.isEmpty() ? new String[0] : overrides.split(",")) {
            String[] kv = assignment.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        ExperimentConfig config = new ExperimentConfig(Method.of(new PaperMethods.Foci()),
                ScalePreset.of(new ScalePresets.Smoke()), Settings.of(values));
        PluginRegistry registry = Guice.createInjector(new PluginsModule()).getInstance(PluginRegistry.class);
        Environment byFactory = new ComponentFactory(registry).environment(config);
        Environment oneLine = M2mCi.environment(environmentScopes(config.settings()));

        assertThat(oneLine.spec()).isEqualTo(byFactory.spec());
        assertThat(oneLine.spec().deviceCount()).isEqualTo(24);
        SplittableRandom random = new SplittableRandom(11);
        StepBatch a = oneLine.reset(5, Split.TRAIN);
        StepBatch b = byFactory.reset(5, Split.TRAIN);
        int steps = 0;
        while (true) {
            assertSameOutputs(oneLine, a, byFactory, b);
            if (a.truncated()) {
                break;
            }
            int[] actions = randomValidActions(oneLine, a, random);
            a = oneLine.step(actions);
            b = byFactory.step(actions);
            steps++;
        }
        assertThat(steps).isEqualTo(20);
    }

    /** The keys of the scopes the environment is built from (the preset's {@code train.*} and {@code agent.*} left out). */
    private static Settings environmentScopes(Settings all) {
        TreeMap<String, String> kept = new TreeMap<>();
        all.asMap().forEach((key, value) -> {
            if (key.matches("(area|env|mobility|runtime|shaping)\\..*")) {
                kept.put(key, value);
            }
        });
        return Settings.of(kept);
    }

    private static void assertSameOutputs(Environment oneLine, StepBatch a, Environment byFactory, StepBatch b) {
        assertThat(a.step()).isEqualTo(b.step());
        assertThat(a.truncated()).isEqualTo(b.truncated());
        assertThat(a.observations()).containsExactly(b.observations());
        assertThat(a.actionMask()).containsExactly(b.actionMask());
        for (String signal : new String[] {"own-qos", "oracle-value"}) {
            oneLine.view(RewardSignals.class).orElseThrow().select(signal);
            byFactory.view(RewardSignals.class).orElseThrow().select(signal);
            assertThat(a.rewards()).as(signal).containsExactly(b.rewards());
        }
        DeviceOutcomes x = oneLine.view(DeviceOutcomes.class).orElseThrow();
        DeviceOutcomes y = byFactory.view(DeviceOutcomes.class).orElseThrow();
        assertThat(x.cost()).containsExactly(y.cost());
        assertThat(x.latencyS()).containsExactly(y.latencyS());
        assertThat(x.energyJ()).containsExactly(y.energyJ());
        assertThat(x.sms()).containsExactly(y.sms());
        assertThat(x.servingEdge()).containsExactly(y.servingEdge());
        assertThat(x.rejected()).containsExactly(y.rejected());
        assertThat(oneLine.view(EdgeOutcomes.class).orElseThrow().oracleValue())
                .containsExactly(byFactory.view(EdgeOutcomes.class).orElseThrow().oracleValue());
    }

    private static int[] randomValidActions(Environment env, StepBatch batch, SplittableRandom random) {
        int devices = env.spec().deviceCount();
        int actionCount = env.spec().actionCount();
        int[] actions = new int[devices];
        for (int m = 0; m < devices; m++) {
            int allowed = 0;
            for (int a = 0; a < actionCount; a++) {
                if (batch.actionMask()[m * actionCount + a] && random.nextInt(++allowed) == 0) {
                    actions[m] = a;
                }
            }
        }
        return actions;
    }
}
