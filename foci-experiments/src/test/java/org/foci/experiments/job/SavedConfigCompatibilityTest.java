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
 * methods and preset, now plug-ins, resolve to the very settings recorded there: the run folders' configuration
 * hashes depend on them.
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
        assertThat(resolved).isEqualTo(saved.resolved());
    }
}
