package org.foci.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ObservationAugmenter} keeps. Extend it and implement
 * {@link #augmenter()}.
 *
 * <p>Checks on random scenes: the feature count is stable; features are finite and written only
 * into the augmenter's own columns of every row; the same scene gives the same features; a matrix
 * too small for the scene is rejected.
 */
public abstract class AugmenterContract {

    /** A fresh augmenter under test. */
    protected abstract ObservationAugmenter augmenter();

    /**
     * A random scene: devices and edges uniformly in a 1.6 km square, random valid previous actions,
     * random edge records and loads.
     */
    protected static SceneFixture randomScene(SplittableRandom random, int devices, int edges, int layers) {
        SceneFixture.Builder builder = SceneFixture.builder(devices, edges, layers).perceptionRadiusM(320)
                .step(1 + random.nextInt(200));
        for (int n = 0; n < edges; n++) {
            builder.edge(n, random.nextDouble(-800, 800), random.nextDouble(-800, 800));
            builder.load(n, random.nextInt(25));
            for (int k = 0; k < layers; k++) {
                builder.record(n, k, random.nextInt(4) / 24.0);
            }
        }
        int actions = edges * layers + 1;
        for (int m = 0; m < devices; m++) {
            builder.device(m, random.nextDouble(-800, 800), random.nextDouble(-800, 800), random.nextInt(actions));
        }
        return builder.build();
    }

    @Test
    void featureCountIsNonNegativeAndStable() {
        EnvironmentSpec spec = new EnvironmentSpec(10, 3, 4, 24, 5, 240, 15);
        ObservationAugmenter augmenter = augmenter();
        int count = augmenter.featureCount(spec);
        assertThat(count).isNotNegative().isEqualTo(augmenter.featureCount(spec));
    }

    @Test
    void featuresAreFiniteAndOnlyInTheAugmentersColumns() {
        SplittableRandom random = new SplittableRandom(11);
        ObservationAugmenter augmenter = augmenter();
        for (int trial = 0; trial < 20; trial++) {
            SceneFixture scene = randomScene(random, 1 + random.nextInt(30), 1 + random.nextInt(5), 1 + random.nextInt(5));
            int features = augmenter.featureCount(scene.spec());
            int offset = 3;
            int stride = offset + features + 2;
            float[] out = new float[scene.spec().deviceCount() * stride];
            Arrays.fill(out, Float.NaN);
            augmenter.augment(scene, out, offset, stride);
            for (int m = 0; m < scene.spec().deviceCount(); m++) {
                for (int j = 0; j < stride; j++) {
                    float value = out[m * stride + j];
                    if (j >= offset && j < offset + features) {
                        assertThat(value).as("device %d feature %d", m, j - offset).isFinite();
                    } else {
                        assertThat(value).as("device %d column %d outside the augmenter's", m, j).isNaN();
                    }
                }
            }
        }
    }

    @Test
    void theSameSceneGivesTheSameFeatures() {
        SceneFixture scene = randomScene(new SplittableRandom(12), 25, 4, 3);
        int features = augmenter().featureCount(scene.spec());
        float[] first = new float[25 * features];
        float[] second = new float[25 * features];
        augmenter().augment(scene, first, 0, features);
        augmenter().augment(scene, second, 0, features);
        assertThat(second).containsExactly(first);
    }

    @Test
    void aMatrixTooSmallForTheSceneIsRejected() {
        SceneFixture scene = randomScene(new SplittableRandom(13), 10, 2, 3);
        int features = augmenter().featureCount(scene.spec());
        if (features == 0) {
            return;
        }
        float[] tooSmall = new float[9 * features];
        assertThatThrownBy(() -> augmenter().augment(scene, tooSmall, 0, features))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
