package org.foci.experiments.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.inject.Guice;
import java.util.Map;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.env.Environment;
import org.foci.api.env.Scene;
import org.foci.api.env.Split;
import org.foci.api.experiment.ScalePresetProvider;
import org.foci.env.M2mCi;
import org.foci.experiments.config.ConfigCheck;
import org.foci.experiments.wiring.PluginRegistry;
import org.foci.experiments.wiring.PluginsModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The city presets: the paper's density at 10× and 100× the crowd, over an area the mobility really covers. */
class CityPresetsTest {

    private static final double PAPER_SIDE_M = 1581.0;

    private static Map<String, String> settingsOf(String preset) {
        ScalePresetProvider provider = PluginDiscovery.discover(PluginKind.PRESET).require(preset);
        return provider.settings().asMap();
    }

    @ParameterizedTest
    @CsvSource({"city-10x, 10", "city-100x, 100"})
    void keepThePapersDensity(String preset, int factor) {
        Map<String, String> settings = settingsOf(preset);
        double side = Double.parseDouble(settings.get("area.sideM"));
        double devices = Integer.parseInt(settings.get("env.devices"));
        double edges = Integer.parseInt(settings.get("env.edges"));
        assertThat(devices).isEqualTo(240.0 * factor);
        assertThat(edges).isEqualTo(11.0 * factor);
        assertThat(devices / (side * side)).isCloseTo(240 / (PAPER_SIDE_M * PAPER_SIDE_M),
                within(0.001 * 240 / (PAPER_SIDE_M * PAPER_SIDE_M)));
        assertThat(settings).containsEntry("mobility.plugin", "random-waypoint").containsEntry("env.edgeSlots", "8");
        PluginRegistry registry = Guice.createInjector(new PluginsModule()).getInstance(PluginRegistry.class);
        assertThat(ConfigCheck.presetProblems(Settings.of(settings), registry)).isEmpty();
    }

    @Test
    void theShorterBudgetReachesTheSameExplorationFloor() {
        Map<String, String> paper = settingsOf("paper");
        Map<String, String> city = settingsOf("city-100x");
        assertThat(city).containsEntry("train.episodes", "100");
        double decay = Double.parseDouble(city.get("agent.epsilonDecay"));
        assertThat(Math.pow(decay, 100)).isCloseTo(Math.pow(0.99, Integer.parseInt(paper.get("train.episodes"))),
                within(0.005));
        assertThat(settingsOf("city-10x")).containsEntry("train.episodes", paper.get("train.episodes"));
    }

    @Test
    void theCityTenTimesCrowdSpreadsOverTheWholeArea() {
        Map<String, String> preset = settingsOf("city-10x");
        Environment env = M2mCi.environment(Settings.of("env.devices", preset.get("env.devices"), "env.edges",
                preset.get("env.edges"), "area.sideM", preset.get("area.sideM"), "env.edgeSlots",
                preset.get("env.edgeSlots"), "mobility.plugin", "random-waypoint", "env.episodeSeconds", 150));
        env.reset(1, Split.TRAIN);
        Scene scene = env.view(Scene.class).orElseThrow();
        int devices = env.spec().deviceCount();
        int edges = env.spec().edgeCount();
        int[] deviceQuadrants = new int[4];
        for (int m = 0; m < devices; m++) {
            deviceQuadrants[quadrant(scene.deviceXM(m), scene.deviceYM(m))]++;
        }
        int[] edgeQuadrants = new int[4];
        double half = Double.parseDouble(preset.get("area.sideM")) / 2;
        for (int n = 0; n < edges; n++) {
            assertThat(Math.abs(scene.edgeXM(n))).isLessThanOrEqualTo(half);
            edgeQuadrants[quadrant(scene.edgeXM(n), scene.edgeYM(n))]++;
        }
        for (int q = 0; q < 4; q++) {
            assertThat(deviceQuadrants[q]).as("devices in quadrant %d", q).isGreaterThan(devices / 10);
            assertThat(edgeQuadrants[q]).as("edges in quadrant %d", q).isGreaterThan(edges / 10);
        }
    }

    private static int quadrant(double x, double y) {
        return (x < 0 ? 0 : 1) + (y < 0 ? 0 : 2);
    }
}
