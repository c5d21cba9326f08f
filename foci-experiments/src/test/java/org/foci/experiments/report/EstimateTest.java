package org.foci.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void oneSeedHasNoInterval() {
        Estimate e = Estimate.of(List.of(2.5));
        assertThat(e.mean()).isEqualTo(2.5);
        assertThat(e.ci95()).isNaN();
        assertThat(e.format(2)).isEqualTo("2.50");
    }

    @Test
    void threeSeedsUseStudentsT() {
        // mean 2, sample sd 1, standard error 1/sqrt(3), t(2) = 4.303
        Estimate e = Estimate.of(List.of(1.0, 2.0, 3.0));
        assertThat(e.mean()).isEqualTo(2.0);
        assertThat(e.ci95()).isCloseTo(4.303 / Math.sqrt(3), within(1e-9));
        assertThat(e.format(1)).isEqualTo("2.0 ± 2.5");
    }

    @Test
    void manySeedsUseTheNormalQuantile() {
        List<Double> values = java.util.stream.IntStream.range(0, 40).mapToObj(i -> (double) (i % 2)).toList();
        Estimate e = Estimate.of(values);
        double se = Math.sqrt(0.25 * 40 / 39 / 40);
        assertThat(e.ci95()).isCloseTo(1.96 * se, within(1e-9));
    }
}
