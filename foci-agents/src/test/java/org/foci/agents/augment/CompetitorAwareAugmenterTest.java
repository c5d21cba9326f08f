package org.foci.agents.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.foci.api.Settings;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;
import org.foci.testkit.AugmenterContract;
import org.foci.testkit.SceneFixture;
import org.junit.jupiter.api.Test;

class CompetitorAwareAugmenterTest extends AugmenterContract {

    @Override
    protected ObservationAugmenter augmenter() {
        return new CompetitorAwareProvider().create(Settings.empty());
    }

    /**
     * Edges at (0, 0) and (400, 0), r_p = 300, K = 3. Device 0 at (−100, 0) reaches edge 0 only (edge 1
     * is 500 m away); device 1 at (200, 0) reaches both (200 m each); device 2 at (1000, 1000) reaches
     * none.
     */
    private static SceneFixture threeDevicesTwoEdges() {
        return SceneFixture.builder(3, 2, 3).perceptionRadiusM(300)
                .edge(0, 0, 0).edge(1, 400, 0)
                .record(0, 0, 0.25).record(0, 2, 1 / 24.0)
                .record(1, 1, 0.5).record(1, 2, 0.125)
                .load(0, 7).load(1, 15)
                .device(0, -100, 0, 0).device(1, 200, 0, 5).device(2, 1000, 1000, 2)
                .build();
    }

    @Test
    void eachDeviceSeesTheRecordsOfTheEdgesWithinItsPerceptionRadius() {
        SceneFixture scene = threeDevicesTwoEdges();
        assertThat(augmenter().featureCount(scene.spec())).isEqualTo(6);
        float[] out = new float[3 * 6];
        augmenter().augment(scene, out, 0, 6);

        assertThat(Arrays.copyOfRange(out, 0, 6)).containsExactly(0.25f, 0f, 1 / 24f, 0f, 0f, 0f);
        assertThat(Arrays.copyOfRange(out, 6, 12)).containsExactly(0.25f, 0f, 1 / 24f, 0f, 0.5f, 0.125f);
        assertThat(Arrays.copyOfRange(out, 12, 18)).containsExactly(0f, 0f, 0f, 0f, 0f, 0f);
    }

    @Test
    void writesAtTheOffsetWithinEachRowAndOverwritesOldValues() {
        SceneFixture scene = threeDevicesTwoEdges();
        float[] out = new float[3 * 9];
        Arrays.fill(out, 7f);
        augmenter().augment(scene, out, 2, 9);
        assertThat(Arrays.copyOfRange(out, 9, 18)).containsExactly(7f, 7f, 0.25f, 0f, 1 / 24f, 0f, 0.5f, 0.125f, 7f);
        assertThat(Arrays.copyOfRange(out, 18, 27)).containsExactly(7f, 7f, 0f, 0f, 0f, 0f, 0f, 0f, 7f);
    }

    @Test
    void readsNoDevicesPositionActionOrCost() {
        SceneFixture scene = threeDevicesTwoEdges();
        float[] open = new float[18];
        float[] guarded = new float[18];
        augmenter().augment(scene, open, 0, 6);
        augmenter().augment(new GuardedScene(scene), guarded, 0, 6);
        assertThat(guarded).containsExactly(open);
    }

    @Test
    void dependsOnNoOtherDevicesPositionOrActionWhileTheMeanFieldDoes() {
        SplittableRandom random = new SplittableRandom(5);
        SceneFixture scene = randomScene(random, 40, 4, 3);
        int device = 17;
        ObservationAugmenter coa = augmenter();
        ObservationAugmenter meanField = new ProximityMeanFieldAugmenter(2000);
        int coaFeatures = coa.featureCount(scene.spec());
        int meanFeatures = meanField.featureCount(scene.spec());
        float[] coaBefore = rowOf(coa, scene, device, coaFeatures);
        float[] meanBefore = rowOf(meanField, scene, device, meanFeatures);

        SceneFixture.Builder perturbed = scene.toBuilder();
        int actions = scene.spec().actionCount();
        for (int m = 0; m < 40; m++) {
            if (m != device) {
                perturbed.device(m, random.nextDouble(-800, 800), random.nextDouble(-800, 800),
                        random.nextInt(actions));
            } else {
                perturbed.device(m, scene.deviceXM(m), scene.deviceYM(m), scene.previousAction(m));
            }
        }
        SceneFixture other = perturbed.build();

        assertThat(rowOf(coa, other, device, coaFeatures)).containsExactly(coaBefore);
        assertThat(rowOf(meanField, other, device, meanFeatures)).isNotEqualTo(meanBefore);
    }

    private static float[] rowOf(ObservationAugmenter augmenter, SceneFixture scene, int device, int features) {
        float[] out = new float[scene.spec().deviceCount() * features];
        augmenter.augment(scene, out, 0, features);
        return Arrays.copyOfRange(out, device * features, (device + 1) * features);
    }

    @Test
    void featureCountIsEdgesTimesPartitions() {
        assertThat(augmenter().featureCount(new EnvironmentSpec(240, 11, 19, 24, 38, 240, 15))).isEqualTo(209);
    }

    @Test
    void rejectsAnOffsetThatDoesNotLeaveRoom() {
        SceneFixture scene = threeDevicesTwoEdges();
        assertThatThrownBy(() -> augmenter().augment(scene, new float[3 * 8], 3, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset + featureCount must be <= stride, but was 3 + 6 > 8");
    }
}
