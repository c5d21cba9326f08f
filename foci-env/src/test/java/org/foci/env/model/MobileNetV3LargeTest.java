package org.foci.env.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The layer profile derived from the architecture table against MODEL.md §4's reference table. */
class MobileNetV3LargeTest {

    /** MODEL.md §4: MACs in millions (two decimals) and output elements, k = 1..19. */
    private static final double[] REFERENCE_MMACS = {5.42, 5.02, 19.47, 12.87, 9.09, 9.89, 9.89, 11.71, 6.62, 6.09,
        6.09, 19.03, 30.91, 21.07, 16.69, 16.69, 7.53, 1.23, 1.28};
    private static final long[] REFERENCE_OUTPUTS = {200_704, 200_704, 75_264, 75_264, 31_360, 31_360, 31_360,
        15_680, 15_680, 15_680, 15_680, 21_952, 21_952, 7_840, 7_840, 7_840, 47_040, 1_280, 1_000};

    private final LayerProfile profile = MobileNetV3Large.profile(224, 1000);

    @Test
    void theModelHasNineteenPartitionPoints() {
        assertThat(profile.layerCount()).isEqualTo(19);
        assertThat(profile.inputElements()).isEqualTo(150_528);
    }

    @Test
    void theTotalIs216Point6MillionMacsWithinOnePercent() {
        assertThat(profile.totalMacs() / 1e6).isCloseTo(216.6, within(216.6 * 0.01));
        assertThat(profile.totalMacs()).isEqualTo(216_589_760L);
    }

    @Test
    void everyLayerMatchesTheReferenceTable() {
        for (int k = 1; k <= 19; k++) {
            assertThat(profile.macs(k) / 1e6).as("MACs of layer %d (%s)", k, profile.name(k))
                    .isCloseTo(REFERENCE_MMACS[k - 1], within(0.005 + 1e-9));
            assertThat(profile.outputElements(k)).as("output of layer %d", k).isEqualTo(REFERENCE_OUTPUTS[k - 1]);
        }
    }

    @Test
    void hardDerivationsOfThreeLayersAgree() {
        // stem: 112·112 outputs × 16 channels × 3 inputs × 3·3
        assertThat(profile.macs(1)).isEqualTo(112L * 112 * 16 * 3 * 9);
        // bneck 5×5 exp72→40 SE s2 on 56·56·24: expand + depthwise (28·28) + SE (72·24·2) + project
        assertThat(profile.macs(5)).isEqualTo(56L * 56 * 24 * 72 + 28L * 28 * 72 * 25 + 2L * 72 * 24 + 28L * 28 * 72 * 40);
        // classifier: 1280 × 1000
        assertThat(profile.macs(19)).isEqualTo(1_280_000L);
    }

    @Test
    void squeezeWidthsFollowTheReferenceRounding() {
        assertThat(MobileNetV3Large.makeDivisible(72 / 4.0, 8)).isEqualTo(24);
        assertThat(MobileNetV3Large.makeDivisible(120 / 4.0, 8)).isEqualTo(32);
        assertThat(MobileNetV3Large.makeDivisible(672 / 4.0, 8)).isEqualTo(168);
        assertThat(MobileNetV3Large.makeDivisible(960 / 4.0, 8)).isEqualTo(240);
    }

    @Test
    void partitionsSplitTheMacsAndTheTransferredTensor() {
        assertThat(profile.macsUpTo(0)).isZero();
        assertThat(profile.macsAfter(19)).isZero();
        for (int k = 0; k <= 19; k++) {
            assertThat(profile.macsUpTo(k) + profile.macsAfter(k)).isEqualTo(profile.totalMacs());
        }
        assertThat(profile.transferElements(0)).isEqualTo(150_528);
        assertThat(profile.transferElements(5)).isEqualTo(31_360);
        assertThat(profile.transferElements(19)).isZero();
    }
}
