package org.foci.env.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.foci.env.Fixtures;
import org.foci.env.M2mCiEnvironment;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private final M2mCiEnvironment env = Fixtures.paperTraceEnvironment();
    private final Scenario scenario = Scenario.of(env);

    @Test
    void theSummaryHasTheKeysFociScenarioWritesWithComputedValues() {
        Map<String, Object> summary = scenario.summary();
        assertThat(summary.keySet()).startsWith("devices", "edges", "sms").contains("perceptionRadiusM",
                "segmentsTrain", "segmentsEval", "skippedRows", "meanNearestEdgeDistanceM",
                "fractionWithoutEdgeInRange", "fullLocalLatencyMs", "fullLocalEnergyMj", "mobility.trips");
        assertThat(summary).containsEntry("devices", 240).containsEntry("edges", 11).containsEntry("sms", 24)
                .containsEntry("skippedRows", 19L);
        assertThat((double) summary.get("perceptionRadiusM")).isCloseTo(322.9, within(0.1));
        assertThat((double) summary.get("fullLocalLatencyMs")).isCloseTo(27.98, within(0.01));
        assertThat((double) summary.get("fullLocalEnergyMj")).isCloseTo(58.76, within(0.01));
        assertThat((double) summary.get("meanNearestEdgeDistanceM")).isBetween(50.0, 300.0);
        assertThat((double) summary.get("fractionWithoutEdgeInRange")).isBetween(0.0, 0.2);
    }

    @Test
    void theHeatmapDataAreTheEdgesAndEveryInAreaFix() {
        assertThat(scenario.edgeXM()).hasSize(11);
        assertThat(scenario.densitySample().size()).isEqualTo(Fixtures.shippedTrace().fixes());
        assertThat(scenario.perceptionRadiusM()).isEqualTo(env.perceptionRadiusM());
    }

    @Test
    void theDvfsCurveFallsToTheMinimumFrequencyAtLowBattery() {
        List<DvfsPoint> curve = scenario.dvfsCurve(101);
        assertThat(curve).hasSize(101);
        assertThat(curve.get(0).frequencyRatio()).isEqualTo(0.65);
        assertThat(curve.get(100).frequencyRatio()).isEqualTo(1.0);
        assertThat(curve.get(100).fullLocalEnergyMj()).isCloseTo(58.76, within(0.01));
        assertThat(curve.get(0).fullLocalLatencyMs()).isCloseTo(27.98 / 0.65, within(0.01));
    }

    @Test
    void theLayerTableAccumulatesTheLocalLatency() {
        List<LayerRow> rows = scenario.layerTable();
        assertThat(rows).hasSize(19);
        assertThat(rows.get(18).cumulativeMacs()).isEqualTo(216_589_760L);
        assertThat(rows.get(18).cumulativeLocalLatencyMs()).isCloseTo(27.98, within(0.01));
        assertThat(rows.get(18).remainingEdgeLatencyMs()).isZero();
        assertThat(rows.get(0).outputElements()).isEqualTo(200_704);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).cumulativeLocalLatencyMs()).isGreaterThan(rows.get(i - 1).cumulativeLocalLatencyMs());
        }
    }

    @Test
    void theStartOfAnEpisodeIsSummarisedPerSeed() {
        Map<String, Object> start = scenario.atReset(5, org.foci.api.env.Split.EVALUATION);
        assertThat(start).containsEntry("seed", 5L).containsEntry("split", "evaluation");
        assertThat((double) start.get("meanBatteryWh")).isBetween(3.0, 12.0);
        assertThat((double) start.get("meanEdgesInRangePerDevice")).isPositive();
        assertThat(scenario.atReset(5, org.foci.api.env.Split.EVALUATION)).isEqualTo(start);
    }
}
