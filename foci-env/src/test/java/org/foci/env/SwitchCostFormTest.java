package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.Split;
import org.foci.env.config.EnvironmentConfig;
import org.foci.testkit.ReferenceGreedyMaxMin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MODEL.md §7's two switch-cost forms on hand-worked cases: one handover at an edge shared by 1, 8 and 23
 * devices (L = 24, equal shares: 24, 3 and 1 or 2 SMs). The switching device stands 50 m from both edges,
 * so its rate, energy and battery are the same whichever edge it used before; a twin run in which it did not
 * switch gives the switch-free cost, and the difference must be γ (fixed form) or γ/l (the paper's form).
 */
class SwitchCostFormTest {

    private static final double GAMMA = 1.0;

    /** The step-2 batch: device 0 was on edge {@code previousEdge} at step 1 and is on edge 0 at step 2. */
    private static Outcome secondStep(int devices, int previousEdge, String form, String oracleSwitchCost,
                                        Allocator shaping) {
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", devices, "edges", 2,
                "edge.positions", "0,0;100,0", "episodeSeconds", 60, "qos.switchCostForm", form,
                "qos.oracleSwitchCost", oracleSwitchCost));
        double[] x = new double[devices];
        double[] y = new double[devices];
        x[0] = 50;
        for (int m = 1; m < devices; m++) {
            x[m] = 5 + m;       // near edge 0, in range of both
        }
        M2mCiEnvironment env = new M2mCiEnvironment(config, new EnvironmentComponents(Fixtures.AREA,
                new FixedMobility(x, y), EqualShare.INSTANCE, shaping));
        env.reset(3, Split.TRAIN);
        var space = env.spec().actionSpace();
        int[] first = new int[devices];
        Arrays.fill(first, space.encode(0, 3));
        first[0] = space.encode(previousEdge, 3);
        env.step(first);
        int[] second = new int[devices];
        Arrays.fill(second, space.encode(0, 3));
        return Outcome.of(env, env.step(second));
    }

    @ParameterizedTest(name = "{0} devices at the edge")
    @CsvSource({"1, 24", "8, 3", "23, 1"})
    void aHandoverCostsGammaInTheFixedFormAndGammaOverLInThePapers(int devices, int equalShare) {
        for (String form : new String[] {"fixed", "paper"}) {
            Outcome switched = secondStep(devices, 1, form, "shared", EqualShare.INSTANCE);
            Outcome stayed = secondStep(devices, 0, form, "shared", EqualShare.INSTANCE);
            assertThat(switched.handover()[0]).isTrue();
            assertThat(stayed.handover()[0]).isFalse();
            assertThat(switched.energyJ()[0]).isEqualTo(stayed.energyJ()[0]);
            int l = switched.sms()[0];
            // ⌊24/n⌋, one more for the first devices in admission order while the remainder lasts
            assertThat(l).isBetween(equalShare, equalShare + (24 % devices == 0 ? 0 : 1));
            double expected = form.equals("fixed") ? GAMMA : GAMMA / l;
            assertThat(switched.cost()[0] - stayed.cost()[0]).as("%s form, l = %d", form, l)
                    .isCloseTo(expected, within(1e-12));
            // nobody else's charged cost changes: the runtime split is equal shares either way
            for (int m = 1; m < devices; m++) {
                assertThat(switched.cost()[m]).isEqualTo(stayed.cost()[m]);
            }
        }
    }

    @Test
    void withAFairOracleOneHandoverLowersTheEdgesValueByAtMostGammaOverTheSwitchersShare() {
        for (int devices : new int[] {1, 8, 23}) {
            double paperDrop = stayedValue(devices, "paper") - switchedValue(devices, "paper");
            double fixedDrop = stayedValue(devices, "fixed") - switchedValue(devices, "fixed");
            // fixed: the switcher's cost rises by γ whatever it gets, and it is then the worst device
            assertThat(fixedDrop).as("fixed, %d devices", devices).isGreaterThan(0.5 * GAMMA);
            // paper: the oracle gives the switcher more SMs, so the value drops by far less than γ
            assertThat(paperDrop).as("paper, %d devices", devices).isGreaterThanOrEqualTo(0.0)
                    .isLessThan(fixedDrop).isLessThanOrEqualTo(GAMMA / Math.max(1, 24 / devices));
        }
    }

    @Test
    void anIndividualHandoverInThePapersFormCostsTheSwitcherGammaOverItsOracleShare() {
        Outcome shared = secondStep(8, 1, "paper", "shared", ReferenceGreedyMaxMin.INSTANCE);
        Outcome individual = secondStep(8, 1, "paper", "individual", ReferenceGreedyMaxMin.INSTANCE);
        Outcome stayed = secondStep(8, 0, "paper", "shared", ReferenceGreedyMaxMin.INSTANCE);
        // the oracle sees switch-free costs, so its value is the one without the handover
        assertThat(individual.edgeOracleValue()[0]).isEqualTo(stayed.edgeOracleValue()[0]);
        assertThat(individual.oracleReward()[1]).isEqualTo((float) individual.edgeOracleValue()[0]);
        double own = individual.edgeOracleValue()[0] - individual.oracleReward()[0];
        // γ/l with l the switcher's share under the switch-free oracle: 3 of 24 SMs for 8 similar devices, ± 1
        assertThat(own).isBetween(GAMMA / 4 - 1e-6, GAMMA / 2 + 1e-6);
        // the charged costs do not depend on how the oracle treats handovers
        assertThat(individual.cost()).containsExactly(shared.cost());
    }

    private static double switchedValue(int devices, String form) {
        return secondStep(devices, 1, form, "shared", ReferenceGreedyMaxMin.INSTANCE).edgeOracleValue()[0];
    }

    private static double stayedValue(int devices, String form) {
        return secondStep(devices, 0, form, "shared", ReferenceGreedyMaxMin.INSTANCE).edgeOracleValue()[0];
    }
}
