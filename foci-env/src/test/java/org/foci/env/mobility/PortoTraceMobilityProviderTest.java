package org.foci.env.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.env.Fixtures;
import org.foci.env.trace.PortoTrace;
import org.foci.env.trace.TraceSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortoTraceMobilityProviderTest {

    private static final String HEADER = "\"TRIP_ID\",\"CALL_TYPE\",\"ORIGIN_CALL\",\"ORIGIN_STAND\",\"TAXI_ID\","
            + "\"TIMESTAMP\",\"DAY_TYPE\",\"MISSING_DATA\",\"POLYLINE\"";

    @TempDir
    Path dir;

    private final PortoTraceMobilityProvider provider = new PortoTraceMobilityProvider();

    private static Settings mobility(Object... keysAndValues) {
        return Settings.of(keysAndValues).scoped("mobility");
    }

    @Test
    void theDefaultIsTheShippedSampleWithItsSummary() {
        MobilityModel model = provider.create(Settings.empty(), Fixtures.AREA, 15);
        Map<String, Object> summary = model.summary();
        assertThat(summary).containsEntry("rows", 1500L).containsEntry("trips", 1481L)
                .containsEntry("skippedRows", 19L).containsEntry("skippedEmptyPolyline", 3L)
                .containsEntry("skippedSinglePoint", 16L).containsEntry("skippedMissingData", 0L)
                .containsEntry("skippedMalformed", 0L);
        long train = (Long) summary.get("segmentsTrain");
        long eval = (Long) summary.get("segmentsEval");
        assertThat(train + eval).isBetween(700L, 820L);     // MODEL.md §1: ≈ 760 segments
        assertThat((Long) summary.get("fixes")).isBetween(12_500L, 13_000L);   // MODEL.md §1: ≈ 12,760 fixes
        assertThat((double) eval / (train + eval)).isBetween(0.12, 0.28);
        assertThat(model.densitySample().size()).isEqualTo(((Long) summary.get("fixes")).intValue());
    }

    @Test
    void aMissingTraceIsAConfigurationErrorNamingTheKeyAndFile() {
        Path file = dir.resolve("train.csv");
        assertThatThrownBy(() -> provider.create(mobility("mobility.trace", file), Fixtures.AREA, 15))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("mobility.trace is unusable: trace " + file + ": file does not exist");
    }

    @Test
    void aNonPortoFileIsAConfigurationErrorWithLineAndReason() throws IOException {
        Path file = Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n");
        assertThatThrownBy(() -> provider.create(mobility("mobility.trace", file), Fixtures.AREA, 15))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("mobility.trace is unusable: trace " + file + ", line 1: not a Porto taxi "
                        + "trace: expected the header");
    }

    @Test
    void anAreaWithNoFixFailsNamingTheAreaAndTheTrace() {
        ServiceArea lisbon = new ServiceArea(38.72, -9.14, 1581);
        assertThatThrownBy(() -> provider.create(Settings.empty(), lisbon, 15))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("trace has no GPS fix inside the service area (centre 38.72000, -9.14000, "
                        + "side 1581 m): trace classpath:org/foci/env/porto/porto_train_first1500.csv.gz read "
                        + "1,500 rows, 1,481 trips kept")
                .hasMessageContaining("move the area (area.centerLat, area.centerLon, area.sideM)");
    }

    @Test
    void aSplitWithoutSegmentsFailsClearly() throws IOException {
        Path file = Files.writeString(dir.resolve("one.csv"), HEADER + "\n"
                + "\"1\",\"C\",\"\",\"\",\"1\",\"1\",\"A\",\"False\",\"[[-8.614,41.149],[-8.6138,41.149]]\"\n");
        assertThatThrownBy(() -> provider.create(mobility("mobility.trace", file), Fixtures.AREA, 15))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("mobility.trace has no segment of >= 2 consecutive fixes inside the service area")
                .hasMessageContaining("split (1 segments in all, 2 fixes)");
    }

    @Test
    void unknownKeysAndOutOfRangeValuesAreNamed() {
        assertThatThrownBy(() -> provider.create(mobility("mobility.evaluationFraction", 1.5, "mobility.trac", "x"),
                Fixtures.AREA, 15))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("mobility.evaluationFraction must be < 1.0, but was '1.5'")
                .hasMessageContaining("mobility.trac is not a known key");
    }

    @Test
    void segmentsAreMaximalInAreaRunsAndIsolatedFixesOnlyDensity() throws IOException {
        // in, in, out, in, out, in, in, in: segments of 2 and 3 fixes; the isolated fix counts for density
        String in = "[-8.614,41.149]";
        String out = "[-8.50,41.149]";
        String poly = "[" + String.join(",", in, in, out, in, out, in, in, in) + "]";
        Path file = Files.writeString(dir.resolve("runs.csv"), HEADER + "\n"
                + "\"1\",\"C\",\"\",\"\",\"1\",\"1\",\"A\",\"False\",\"" + poly + "\"\n");
        PortoTrace trace = PortoTrace.load(TraceSource.file(file), Fixtures.AREA, 0.5, 2);
        assertThat(trace.segments()).isEqualTo(2);
        assertThat(trace.end(0) - trace.start(0)).isEqualTo(2);
        assertThat(trace.end(1) - trace.start(1)).isEqualTo(3);
        assertThat(trace.fixes()).isEqualTo(6);
        assertThat(trace.segments(Split.TRAIN) + trace.segments(Split.EVALUATION)).isEqualTo(2);
    }

    @Test
    void devicesJumpWhenTheirSegmentEndsAndTheJumpsAreCounted() {
        PortoTraceMobility mobility = new PortoTraceMobility(Fixtures.shippedTrace());
        mobility.reset(100, Split.TRAIN, 9);
        for (int t = 0; t < 240; t++) {
            mobility.advance();
        }
        // segments hold ≈ 17 fixes: each device jumps about 240 / 17 times an episode
        assertThat(mobility.jumps()).isBetween(100L * 8, 100L * 30);
        mobility.reset(100, Split.TRAIN, 9);
        assertThat(mobility.jumps()).isZero();
    }

    @Test
    void aTraceIsReadOncePerJvmUntilItsFileChanges() throws IOException {
        Settings sample = Settings.empty();
        assertThat(PortoTraceMobilityProvider.load(sample, Fixtures.AREA))
                .isSameAs(PortoTraceMobilityProvider.load(sample, Fixtures.AREA));
        Path file = dir.resolve("copy.csv.gz");
        try (var in = TraceSource.shippedSample().opener().open()) {
            Files.copy(in, file);
        }
        Settings copy = mobility("mobility.trace", file);
        PortoTrace first = PortoTraceMobilityProvider.load(copy, Fixtures.AREA);
        assertThat(PortoTraceMobilityProvider.load(copy, Fixtures.AREA)).isSameAs(first);
        assertThat(PortoTraceMobilityProvider.load(mobility("mobility.trace", file, "mobility.evaluationFraction", 0.5),
                Fixtures.AREA)).isNotSameAs(first);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() - 60_000));
        assertThat(PortoTraceMobilityProvider.load(copy, Fixtures.AREA)).isNotSameAs(first);
    }
}
