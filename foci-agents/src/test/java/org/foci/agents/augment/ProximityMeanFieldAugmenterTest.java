package org.foci.agents.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;
import org.foci.testkit.AugmenterContract;
import org.foci.testkit.SceneFixture;
import org.junit.jupiter.api.Test;

class ProximityMeanFieldAugmenterTest extends AugmenterContract {

    @Override
    protected ObservationAugmenter augmenter() {
        return new ProximityMeanFieldProvider().create(Settings.empty());
    }

    /**
     * Two edges, K = 2, so |A| = 5; r_p = 300. Device 0 at (0, 0) took action 1, device 1 at (200, 0)
     * action 3, device 2 at (0, 250) action 3, device 3 far away at (1000, 1000) action 4. Pairs within
     * 300 m: 0–1 (200 m) and 0–2 (250 m); 1–2 are 320 m apart.
     */
    private static SceneFixture fourDevices() {
        return SceneFixture.builder(4, 2, 2).perceptionRadiusM(300)
                .edge(0, 0, 0).edge(1, 500, 0)
                .device(0, 0, 0, 1).device(1, 200, 0, 3).device(2, 0, 250, 3).device(3, 1000, 1000, 4)
                .build();
    }

    @Test
    void eachDeviceSeesTheMeanOneHotPreviousActionOfItsNeighboursWithinThePerceptionRadius() {
        float[] out = new float[4 * 5];
        augmenter().augment(fourDevices(), out, 0, 5);
        // Device 0: neighbours 1 and 2, both took action 3.
        assertThat(Arrays.copyOfRange(out, 0, 5)).containsExactly(0f, 0f, 0f, 1f, 0f);
        // Devices 1 and 2: neighbour 0 only (action 1); they are 320 m apart.
        assertThat(Arrays.copyOfRange(out, 5, 10)).containsExactly(0f, 1f, 0f, 0f, 0f);
        assertThat(Arrays.copyOfRange(out, 10, 15)).containsExactly(0f, 1f, 0f, 0f, 0f);
        // Device 3: nobody within 300 m.
        assertThat(Arrays.copyOfRange(out, 15, 20)).containsExactly(0f, 0f, 0f, 0f, 0f);
    }

    /** {@code devices} devices spread uniformly over a square of {@code sideM}, 2 edges, K = 2. */
    private static SceneFixture crowd(int devices, double sideM, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SceneFixture.Builder builder = SceneFixture.builder(devices, 2, 2).perceptionRadiusM(100)
                .edge(0, 0, 0).edge(1, 50, 0);
        for (int m = 0; m < devices; m++) {
            builder.device(m, random.nextDouble(0, sideM), random.nextDouble(0, sideM), random.nextInt(5));
        }
        return builder.build();
    }

    @Test
    void aCrowdTooDenseForTheNeighbourSearchIsRefusedNamingTheLimit() {
        // 5,000 devices on 300 m × 300 m with r = 100 m: 3 × 3 cells, some 3,000 candidates per device
        float[] out = new float[5_000 * 5];
        assertThatThrownBy(() -> augmenter().augment(crowd(5_000, 300, 1), out, 0, 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("5000 devices").hasMessageContaining("r_mf = 100.0 m")
                .hasMessageContaining("maxCandidatesPerDevice = 2000").hasMessageContaining("radiusM");
        // the same crowd is served when the user raises the limit, and a sparser one (÷ 10) by default
        new ProximityMeanFieldProvider().create(Settings.of("maxCandidatesPerDevice", 10_000))
                .augment(crowd(5_000, 300, 1), out, 0, 5);
        Arrays.fill(out, -1f);
        augmenter().augment(crowd(5_000, 950, 1), out, 0, 5);
        assertThat(out[0] + out[1] + out[2] + out[3] + out[4]).as("a mean one-hot row").isCloseTo(1f,
                org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    void anExplicitRadiusOverridesThePerceptionRadius() {
        ObservationAugmenter wider = new ProximityMeanFieldProvider().create(Settings.of("radiusM", 330));
        float[] out = new float[4 * 5];
        wider.augment(fourDevices(), out, 0, 5);
        // Now 1 and 2 (320 m) are neighbours too: device 1 sees actions 1 (device 0) and 3 (device 2).
        assertThat(Arrays.copyOfRange(out, 5, 10)).containsExactly(0f, 0.5f, 0f, 0.5f, 0f);
        assertThat(Arrays.copyOfRange(out, 10, 15)).containsExactly(0f, 0.5f, 0f, 0.5f, 0f);
    }

    @Test
    void readsOtherDevicesPositionsAndActions() {
        assertThatThrownBy(() -> augmenter().augment(new GuardedScene(fourDevices()), new float[20], 0, 5))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void featureCountIsTheActionCount() {
        assertThat(augmenter().featureCount(new EnvironmentSpec(240, 11, 19, 24, 38, 240, 15))).isEqualTo(210);
    }

    @Test
    void aNegativeRadiusIsRejectedWithItsKey() {
        assertThatThrownBy(() -> new ProximityMeanFieldProvider().create(Settings.of("pmf.radiusM", -1).scoped("pmf")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("pmf.radiusM must be >= 0.0, but was '-1'");
    }

    @Test
    void anInvalidPreviousActionIsRejected() {
        SceneFixture scene = fourDevices().toBuilder().device(2, 0, 250, 5).build();
        assertThatThrownBy(() -> augmenter().augment(scene, new float[20], 0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("device 2 previous action must be in [0, 4], but was 5");
    }

    /** The grid search finds exactly the neighbours an all-pairs search finds. */
    @Property(tries = 150, seed = "20261129")
    void agreesWithAllPairs(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int devices) {
        SplittableRandom random = new SplittableRandom(seed);
        int edges = 1 + random.nextInt(4);
        int layers = 1 + random.nextInt(4);
        double spread = random.nextInt(3) == 0 ? 5 : 1600;
        double radius = random.nextInt(4) == 0 ? 0 : random.nextDouble(0.5, 2500);
        SceneFixture.Builder builder = SceneFixture.builder(devices, edges, layers).perceptionRadiusM(320);
        int actions = edges * layers + 1;
        for (int m = 0; m < devices; m++) {
            // Some devices share a position exactly.
            double x = random.nextInt(5) == 0 ? 0 : random.nextDouble(-spread, spread);
            double y = random.nextInt(5) == 0 ? 0 : random.nextDouble(-spread, spread);
            builder.device(m, x, y, random.nextInt(actions));
        }
        SceneFixture scene = builder.build();
        float[] grid = new float[devices * actions];
        new ProximityMeanFieldAugmenter(radius).augment(scene, grid, 0, actions);
        assertThat(grid).containsExactly(allPairs(scene, radius > 0 ? radius : 320));
    }

    private static float[] allPairs(Scene scene, double radius) {
        int devices = scene.spec().deviceCount();
        int actions = scene.spec().actionCount();
        float[] out = new float[devices * actions];
        for (int m = 0; m < devices; m++) {
            int neighbours = 0;
            for (int j = 0; j < devices; j++) {
                double dx = scene.deviceXM(j) - scene.deviceXM(m);
                double dy = scene.deviceYM(j) - scene.deviceYM(m);
                if (j != m && dx * dx + dy * dy <= radius * radius) {
                    out[m * actions + scene.previousAction(j)] += 1f;
                    neighbours++;
                }
            }
            if (neighbours > 0) {
                float inverse = 1f / neighbours;
                for (int a = 0; a < actions; a++) {
                    out[m * actions + a] *= inverse;
                }
            }
        }
        return out;
    }
}
