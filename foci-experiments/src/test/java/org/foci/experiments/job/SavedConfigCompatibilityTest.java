package org.foci.experiments.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.foci.experiments.config.ExperimentModule;
import org.foci.experiments.config.ResolvedSettings;
import org.junit.jupiter.api.Test;

/**
 * The committed paper run's {@code config.json} (docs/results/paper) is still a job this build runs, and its
 * methods and preset, now plug-ins, resolve to the very settings recorded there (the run folders' configuration
 * hashes depend on them), plus the settings added since, at defaults that keep the run's behaviour.
 */
class SavedConfigCompatibilityTest {

    private static final Path PAPER = Path.of("../docs/results/paper/config.json");

    @Test
    void thePaperRunsConfigResolvesToTheSettingsItRecorded() {
        JobConfigFile saved = JobConfigFile.read(PAPER);
        JobConfigs configs = Guice.createInjector(new ExperimentModule()).getInstance(JobConfigs.class);
        Map<String, SortedMap<String, String>> resolved = new LinkedHashMap<>();
        configs.checked(saved.job()).forEach((method, config) ->
                resolved.put(method.name(), ResolvedSettings.of(config, configs.registry())));
        assertThat(resolved.keySet()).containsExactly("alp", "nsg", "iql", "amfq", "ofr-only", "coa-only", "foci");
        // keys added since the run resolve to defaults that keep its behaviour (step digests and golden hashes)
        Map<String, SortedMap<String, String>> withoutLaterKeys = new LinkedHashMap<>();
        resolved.forEach((method, settings) -> {
            SortedMap<String, String> older = new java.util.TreeMap<>(settings);
            ADDED_SINCE.forEach((key, value) -> {
                if (!saved.resolved().get(method).containsKey(key) && older.containsKey(key)) {
                    assertThat(older.remove(key)).as("%s: %s", method, key).isEqualTo(value);
                }
            });
            withoutLaterKeys.put(method, older);
        });
        assertThat(withoutLaterKeys).isEqualTo(saved.resolved());
        assertThat(resolved.get("foci")).containsKey("env.edgeSlots");
        assertThat(resolved.get("amfq")).containsKey("augmenter.maxCandidatesPerDevice");
        assertThat(resolved.get("iql")).containsKey("agent.actBlockRows");
    }

    /** Settings added after the committed paper run, with the defaults that keep the run's behaviour. */
    private static final Map<String, String> ADDED_SINCE = Map.of("env.edgeSlots", "0",
            "augmenter.maxCandidatesPerDevice", "2000", "agent.actBlockRows", "0");
}
