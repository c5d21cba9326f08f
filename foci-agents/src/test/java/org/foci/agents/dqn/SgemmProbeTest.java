package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SgemmProbeTest {

    @Test
    void multipliesAndCountsItsFlops() {
        SgemmProbe probe = new SgemmProbe(8, 1);
        assertThat(probe.flopsPerRun()).isEqualTo(1024.0);
        float first = probe.run();
        assertThat(first).isFinite().isPositive();
        assertThat(probe.run()).isEqualTo(first);
        assertThatThrownBy(() -> new SgemmProbe(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be >= 1, but was 0");
    }

    @Test
    void reportsTheBlasThreadsTheBuildPins() {
        // The parent POM runs tests with OMP_NUM_THREADS=1.
        assertThat(SgemmProbe.blasThreads()).isEqualTo(1);
    }
}
