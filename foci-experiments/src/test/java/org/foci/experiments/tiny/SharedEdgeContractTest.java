package org.foci.experiments.tiny;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.api.env.CostModel;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.Scene;
import org.foci.testkit.EnvironmentContract;
import org.junit.jupiter.api.Test;

/** The tiny core-only environment keeps the environment contract, and offers no view. */
class SharedEdgeContractTest extends EnvironmentContract {

    @Override
    protected Environment environment() {
        return new SharedEdgeEnvironment(4, 4, 12);
    }

    @Test
    void offersNoViewAndItsClosedFormOptimumBeatsEveryOtherCount() {
        Environment env = environment();
        assertThat(env.view(Scene.class)).isEmpty();
        assertThat(env.view(CostModel.class)).isEmpty();
        assertThat(env.view(DeviceOutcomes.class)).isEmpty();
        int best = SharedEdgeEnvironment.optimalOffloaders(4, 4);
        assertThat(best).isEqualTo(2);
        for (int n = 0; n <= 4; n++) {
            if (n != best) {
                assertThat(SharedEdgeEnvironment.meanCost(4, 4, best)).as("n = %d", n)
                        .isLessThan(SharedEdgeEnvironment.meanCost(4, 4, n));
            }
        }
    }
}
