package org.foci.sweep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.foci.experiments.report.Estimate;
import org.foci.experiments.report.Metric;
import org.foci.sweep.grid.SweepPlan;
import org.foci.sweep.grid.SweepPoint;
import org.foci.sweep.run.RunStatus;
import org.foci.sweep.run.SweepRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV, the aggregation and the charts, on hand-made rows (no Spark, no runs). */
class SweepReportTest {

    @TempDir
    Path dir;

    /** foci and nsg × seeds 1..3 × env.devices 24, 48; latencyMaxMs = devices + seed (+100 for nsg). */
    private final List<SweepPoint> points = new ArrayList<>();
    private final List<SweepRow> rows = new ArrayList<>();
    private SweepPlan plan;

    SweepReportTest() {
        for (String method : List.of("foci", "nsg")) {
            for (long seed = 1; seed <= 3; seed++) {
                for (int devices : new int[] {24, 48}) {
                    Map<String, String> settings = new TreeMap<>(Map.of("env.devices", Integer.toString(devices),
                            "train.episodes", "3"));
                    if (method.equals("foci")) {
                        settings.put("agent.learningRate", "1e-4");
                    }
                    SweepPoint point = new SweepPoint(points.size(), "smoke", method, seed, settings);
                    points.add(point);
                    if (method.equals("nsg") && seed == 3 && devices == 48) {
                        rows.add(SweepRow.failed(point, "env.devices must be <= 40, but was '48'", 0.1, "1", "h, \"x\""));
                    } else {
                        rows.add(row(point, devices + seed + (method.equals("nsg") ? 100 : 0)));
                    }
                }
            }
        }
        plan = new SweepPlan("smoke", Path.of("grid.yaml"), List.of("env.devices", "agent.learningRate",
                "train.episodes"), points);
    }

    private static SweepRow row(SweepPoint point, double latencyMax) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Metric.all().forEach(m -> metrics.put(m.key(), m == Metric.LATENCY_MAX ? latencyMax : 1.0));
        return new SweepRow(point, RunStatus.OK, metrics, 2.5, 3.0, "driver", "localhost", null);
    }

    @Test
    void theCsvHasOneRowPerRunWithEverySweptKeyMetricAndStatus() {
        String[] lines = new SweepTable(plan).csv(rows).split("\n");
        assertThat(lines).hasSize(13);
        assertThat(lines[0]).startsWith("index,runId,preset,method,seed,env.devices,agent.learningRate,train.episodes,"
                + "latencyAvgMs,latencyMaxMs,").endsWith(",jainIndex,wallSeconds,taskSeconds,executorId,host,status,error");
        assertThat(lines[1]).startsWith("0," + points.get(0).runId() + ",smoke,foci,1,24,1e-4,3,1.0,25.0,")
                .endsWith(",2.5,3.0,driver,localhost,ok,");
        // nsg has no learning rate: empty, not a made-up value
        assertThat(lines[7]).startsWith("6," + points.get(6).runId() + ",smoke,nsg,1,24,,3,");
        // a failed row: metrics empty, quoted host, the reason
        assertThat(lines[12]).startsWith("11," + points.get(11).runId() + ",smoke,nsg,3,48,,3,,,,")
                .endsWith(",,0.1,1,\"h, \"\"x\"\"\",failed,\"env.devices must be <= 40, but was '48'\"");
    }

    @Test
    void columnsAreTypedByTheirValues() {
        SweepTable table = new SweepTable(plan);
        Map<String, SweepTable.Kind> kinds = new LinkedHashMap<>();
        table.columns().forEach(c -> kinds.put(c.name(), c.kind()));
        assertThat(kinds).containsEntry("env.devices", SweepTable.Kind.LONG)
                .containsEntry("agent.learningRate", SweepTable.Kind.DOUBLE)
                .containsEntry("seed", SweepTable.Kind.LONG).containsEntry("latencyMaxMs", SweepTable.Kind.DOUBLE)
                .containsEntry("status", SweepTable.Kind.TEXT);
        assertThat(table.values(rows.get(6))).contains(24L, 3L).containsNull();
    }

    @Test
    void theSummaryGroupsByMethodAndVariedKeysOverSeeds() {
        SweepSummary summary = SweepSummary.of(plan, rows);
        assertThat(summary.variedKeys()).containsExactly("env.devices");
        assertThat(summary.fixedSettings()).containsExactly(Map.entry("agent.learningRate", "1e-4"),
                Map.entry("train.episodes", "3"));
        assertThat(summary.groups()).extracting(g -> g.method() + " " + g.values())
                .containsExactly("foci [24]", "foci [48]", "nsg [24]", "nsg [48]");
        SweepSummary.Group foci24 = summary.groups().get(0);
        // 25, 26, 27: mean 26, sd 1, t(2) = 4.303 → half-width 4.303 / √3
        assertThat(foci24.estimate(Metric.LATENCY_MAX).orElseThrow().mean()).isEqualTo(26.0);
        assertThat(foci24.estimate(Metric.LATENCY_MAX).orElseThrow().ci95()).isCloseTo(4.303 / Math.sqrt(3),
                org.assertj.core.data.Offset.offset(1e-9));
        SweepSummary.Group nsg48 = summary.groups().get(3);
        assertThat(nsg48.succeeded()).hasSize(2);
        assertThat(nsg48.failed()).isEqualTo(1);
        assertThat(nsg48.estimate(Metric.LATENCY_MAX).orElseThrow().mean()).isEqualTo(149.5);
    }

    @Test
    void aKeySetForSomeRunsOfAMethodOnlyIsVariedNotFixed() {
        // runs: [{foci, agent.updatesPerStep: 2, agent.batchSize: 256}, {foci, train.oracleRewardOver: greedy},
        //        {foci, agent.batchSize: 128}]: no key takes two values but batch size, yet none is fixed
        List<Map<String, String>> cells = List.of(Map.of("agent.updatesPerStep", "2", "agent.batchSize", "256"),
                Map.of("train.oracleRewardOver", "greedy"), Map.of("agent.batchSize", "128"));
        List<SweepPoint> cellPoints = new ArrayList<>();
        List<SweepRow> cellRows = new ArrayList<>();
        for (Map<String, String> cell : cells) {
            SweepPoint point = new SweepPoint(cellPoints.size(), "paper", "foci", 1, cell);
            cellPoints.add(point);
            cellRows.add(row(point, 10 + cellPoints.size()));
        }
        SweepSummary summary = SweepSummary.of(new SweepPlan("paper", Path.of("confirm.yaml"),
                List.of("agent.updatesPerStep", "agent.batchSize", "train.oracleRewardOver"), cellPoints), cellRows);

        assertThat(summary.fixedSettings()).isEmpty();
        assertThat(summary.variedKeys()).containsExactly("agent.updatesPerStep", "agent.batchSize",
                "train.oracleRewardOver");
        assertThat(summary.markdown()).doesNotContain("Fixed:")
                .contains("| FOCI | 2 | 256 | – | 1 |", "| FOCI | – | – | greedy | 1 |", "| FOCI | – | 128 | – | 1 |");
        // every line would be one point (the other keys differ between the two batch sizes): no chart
        assertThat(SweepCharts.series(summary, "agent.batchSize", Metric.COST_MAX)).isEmpty();
        assertThat(SweepCharts.series(summary, "agent.updatesPerStep", Metric.COST_MAX)).isEmpty();
    }

    @Test
    void theSummaryFilesShowEstimatesAndFailures() throws IOException {
        SweepSummary summary = SweepSummary.of(plan, rows);
        summary.write(dir);
        String md = Files.readString(dir.resolve(SweepSummary.MARKDOWN));
        assertThat(md).contains("12 runs: 11 ran, 0 reused from an earlier sweep, 1 failed.")
                .contains("Fixed: agent.learningRate=1e-4 train.episodes=3.")
                .contains("| method | env.devices | runs | avg latency (ms) | max latency (ms) |")
                .contains("| FOCI | 24 | 3 | 1.00 ± 0.00 | 26.00 ± 2.48 |")
                .contains("| NSG | 48 | 2 (1 failed) | 1.00 ± 0.00 | 149.50 ± 6.35 |")
                .contains("## Failed runs")
                .contains("| " + points.get(11).runId() + " | nsg s3 env.devices=48 train.episodes=3 | env.devices must "
                        + "be <= 40, but was '48' |");
        List<String> csv = Files.readAllLines(dir.resolve(SweepSummary.CSV));
        assertThat(csv.get(0)).isEqualTo("method,env.devices,metric,mean,ci95,seeds");
        assertThat(csv).contains("foci,24,latencyMaxMs,26.0," + Estimate.of(List.of(25.0, 26.0, 27.0)).ci95() + ",3",
                "nsg,48,latencyMaxMs,149.5," + Estimate.of(List.of(149.0, 150.0)).ci95() + ",2");
    }

    @Test
    void eachMetricIsPlottedAgainstEachNumericVariedKeyOneLinePerMethod() throws IOException {
        SweepSummary summary = SweepSummary.of(plan, rows);
        Map<String, double[][]> series = SweepCharts.series(summary, "env.devices", Metric.LATENCY_MAX);
        assertThat(series).containsOnlyKeys("FOCI", "NSG");
        assertThat(series.get("FOCI")[0]).containsExactly(24, 48);
        assertThat(series.get("FOCI")[1]).containsExactly(26, 50);
        List<Path> charts = SweepCharts.write(summary, dir);
        assertThat(charts).hasSize(Metric.all().size())
                .contains(dir.resolve("figures/latencyMaxMs-vs-env.devices.png"));
        assertThat(Files.size(charts.get(0))).isPositive();
    }

    @Test
    void aTextKeyGetsEffectPlotsWithItsLevelsInGridOrder() throws IOException {
        List<SweepPoint> formPoints = new ArrayList<>();
        List<SweepRow> formRows = new ArrayList<>();
        for (String method : List.of("foci", "iql")) {
            for (long seed = 1; seed <= 2; seed++) {
                for (String form : List.of("paper", "fixed")) {
                    SweepPoint point = new SweepPoint(formPoints.size(), "smoke", method, seed,
                            new TreeMap<>(Map.of("env.qos.switchCostForm", form)));
                    formPoints.add(point);
                    // latencyMaxMs: 10 in the paper's form, 20 in the fixed one, + seed; iql + 100
                    formRows.add(row(point, (form.equals("paper") ? 10 : 20) + seed + (method.equals("iql") ? 100 : 0)));
                }
            }
        }
        SweepSummary summary = SweepSummary.of(new SweepPlan("smoke", Path.of("grid.yaml"),
                List.of("env.qos.switchCostForm"), formPoints), formRows);
        assertThat(SweepCharts.levels(summary, "env.qos.switchCostForm")).containsExactly("paper", "fixed");
        Map<String, Map<String, Double>> effects = SweepCharts.effects(summary, "env.qos.switchCostForm",
                Metric.LATENCY_MAX);
        assertThat(effects).containsOnlyKeys("FOCI", "IQL");
        assertThat(effects.get("FOCI")).containsExactly(Map.entry("paper", 11.5), Map.entry("fixed", 21.5));
        assertThat(effects.get("IQL")).containsEntry("fixed", 121.5);
        List<Path> charts = SweepCharts.write(summary, dir);
        assertThat(charts).hasSize(Metric.all().size())
                .contains(dir.resolve("figures/latencyMaxMs-by-env.qos.switchCostForm.png"));
        assertThat(Files.size(charts.get(0))).isPositive();
    }
}
