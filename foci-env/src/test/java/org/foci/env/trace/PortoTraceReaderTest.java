package org.foci.env.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foci.env.trace.TraceFiles.HEADER;
import static org.foci.env.trace.TraceFiles.row;
import static org.foci.env.trace.TraceFiles.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.foci.env.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortoTraceReaderTest {

    @TempDir
    Path dir;

    private static List<String> tripIds(TraceSource source) {
        List<String> ids = new ArrayList<>();
        PortoTraceReader.read(source, trip -> ids.add(trip.tripId()));
        return ids;
    }

    @Test
    void theShippedSampleReadsWithItsDocumentedCounts() {
        TraceStats stats = PortoTraceReader.read(TraceSource.shippedSample(), trip -> { });
        assertThat(stats.rows()).isEqualTo(1500);
        assertThat(stats.skipped(SkipReason.EMPTY_POLYLINE)).isEqualTo(3);
        assertThat(stats.skipped(SkipReason.SINGLE_POINT)).isEqualTo(16);
        assertThat(stats.skipped(SkipReason.MISSING_DATA)).isZero();
        assertThat(stats.skipped(SkipReason.MALFORMED)).isZero();
        assertThat(stats.trips()).isEqualTo(1481);
        assertThat(stats.points()).isEqualTo(71_697 - 16);   // SOURCE.md: 71,697 points, 16 one-point trips
        assertThat(stats.describe()).contains("1,500 rows", "19 skipped", "3 empty polyline", "16 single point");
    }

    @Test
    void aCorruptRowIsSkippedCountedAndNamedByLine() throws IOException {
        Path file = TraceFiles.write(dir, "corrupt.csv", String.join("\n", HEADER,
                row("1", "False", walk(3)),
                row("2", "False", "[[-8.61,41.14],[oops]]"),
                "\"3\",\"C\",\"\",\"\"",
                row("4", "Maybe", walk(3)),
                row("5", "False", walk(4)), ""));
        List<String> ids = new ArrayList<>();
        TraceStats stats = PortoTraceReader.read(TraceSource.file(file), trip -> ids.add(trip.tripId()));
        assertThat(ids).containsExactly("1", "5");
        assertThat(stats.rows()).isEqualTo(5);
        assertThat(stats.skipped(SkipReason.MALFORMED)).isEqualTo(3);
        assertThat(stats.skippedRows()).isEqualTo(3);
        assertThat(stats.examples()).containsExactly(
                "line 3: POLYLINE point 2 has a malformed longitude",
                "line 4: has 4 fields, expected 9",
                "line 5: MISSING_DATA is 'Maybe', expected True or False");
        assertThat(stats.describe()).contains("3 malformed");
    }

    @Test
    void emptyOnePointAndMissingDataRowsAreSkippedByReason() throws IOException {
        Path file = TraceFiles.write(dir, "reasons.csv", String.join("\n", HEADER,
                row("1", "False", "[]"), row("2", "False", walk(1)), row("3", "True", walk(5)),
                row("4", "False", walk(2))) + "\n");
        TraceStats stats = PortoTraceReader.read(TraceSource.file(file), trip -> { });
        assertThat(stats.skipped(SkipReason.EMPTY_POLYLINE)).isEqualTo(1);
        assertThat(stats.skipped(SkipReason.SINGLE_POINT)).isEqualTo(1);
        assertThat(stats.skipped(SkipReason.MISSING_DATA)).isEqualTo(1);
        assertThat(stats.trips()).isEqualTo(1);
    }

    @Test
    void pandasStyleUnquotedRowsCrlfEndingsAndABomAreRead() throws IOException {
        String unquotedHeader = "\uFEFF" + String.join(",", PortoTraceReader.HEADER);
        String poly = "\"[[-8.614,41.149],[-8.6138,41.149]]\"";
        Path file = TraceFiles.write(dir, "pandas.csv", unquotedHeader + "\r\n"
                + "7,B,,7.0,20000596,1372637303,A,False," + poly + "\r\n");
        List<Double> lons = new ArrayList<>();
        TraceStats stats = PortoTraceReader.read(TraceSource.file(file), trip -> {
            for (int i = 0; i < trip.points(); i++) {
                lons.add(trip.lon(i));
            }
        });
        assertThat(stats.trips()).isEqualTo(1);
        assertThat(lons).containsExactly(-8.614, -8.6138);
    }

    @Test
    void gzipIsDetectedByItsMagicBytesNotItsName() throws IOException {
        String content = HEADER + "\n" + row("9", "False", walk(3)) + "\n";
        Path gzipNamedCsv = dir.resolve("really-gzip.csv");
        Files.write(gzipNamedCsv, TraceFiles.gzip(content));
        Path plainNamedGz = TraceFiles.write(dir, "really-plain.csv.gz", content);
        assertThat(tripIds(TraceSource.file(gzipNamedCsv))).containsExactly("9");
        assertThat(tripIds(TraceSource.file(plainNamedGz))).containsExactly("9");
    }

    @Test
    void aTruncatedGzipFailsNamingFileAndReason() throws IOException {
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 2000; i++) {
            content.append(row(String.valueOf(i), "False", walk(20))).append('\n');
        }
        byte[] whole = TraceFiles.gzip(content.toString());
        Path file = dir.resolve("truncated.csv.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> PortoTraceReader.read(TraceSource.file(file), trip -> { }))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith("trace " + file + ", line ")
                .hasMessageContaining("the gzip stream is truncated or corrupt (Unexpected end of ZLIB input stream)");
    }

    @Test
    void anEmptyFileFailsClearly() throws IOException {
        Path file = TraceFiles.write(dir, "empty.csv", "");
        assertThatThrownBy(() -> PortoTraceReader.read(TraceSource.file(file), trip -> { }))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage("trace " + file + ": file is empty: expected the Porto header line "
                        + String.join(",", PortoTraceReader.HEADER));
    }

    @Test
    void anEmptyGzipFailsClearly() throws IOException {
        Path file = dir.resolve("empty.csv.gz");
        Files.write(file, TraceFiles.gzip(""));
        assertThatThrownBy(() -> PortoTraceReader.read(TraceSource.file(file), trip -> { }))
                .isInstanceOf(TraceFormatException.class).hasMessageContaining("file is empty");
    }

    @Test
    void aMissingFileFailsClearly() {
        Path file = dir.resolve("nope.csv");
        assertThatThrownBy(() -> TraceSource.file(file)).isInstanceOf(TraceFormatException.class)
                .hasMessage("trace " + file + ": file does not exist");
        assertThatThrownBy(() -> TraceSource.file(dir)).isInstanceOf(TraceFormatException.class)
                .hasMessage("trace " + dir + ": is not a regular file");
    }

    @Test
    void aCsvThatIsNotAPortoTraceFailsAtItsHeader() throws IOException {
        Path file = TraceFiles.write(dir, "other.csv", "name,age\nann,3\n");
        assertThatThrownBy(() -> PortoTraceReader.read(TraceSource.file(file), trip -> { }))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage("trace " + file + ", line 1: not a Porto taxi trace: expected the header "
                        + String.join(",", PortoTraceReader.HEADER) + " but found 'name,age'");
    }

    @Test
    void aBinaryFileFailsAtItsHeader() throws IOException {
        Path file = dir.resolve("image.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThatThrownBy(() -> PortoTraceReader.read(TraceSource.file(file), trip -> { }))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("trace " + file + ", line 1: not a Porto taxi trace: the header line holds "
                        + "binary data");
    }

    @Test
    void theSplitHashIsStableAcrossRunsAndPlatforms() {
        // FNV-1a-64 of the ASCII bytes then SplitMix64's finaliser: pinned so that a change is noticed
        assertThat(PortoTraceReader.tripHash("1372636858620000589")).isEqualTo(-7_115_729_551_047_158_403L);
        assertThat(PortoTraceReader.tripHash("T1")).isEqualTo(PortoTraceReader.tripHash("T1"));
        long evaluation = 0;
        for (int i = 0; i < 10_000; i++) {
            if (PortoTraceReader.isEvaluation(PortoTraceReader.tripHash("trip-" + i), 0.2)) {
                evaluation++;
            }
        }
        assertThat(evaluation).isBetween(1_850L, 2_150L);
    }

    @Property(tries = 200, seed = "20261129")
    void coordinatesParseExactlyAsDoubleParseDouble(@ForAll @DoubleRange(min = -180, max = 180) double lon,
                                                     @ForAll @DoubleRange(min = -90, max = 90) double lat,
                                                     @ForAll @IntRange(min = 0, max = 9) int decimals) throws IOException {
        String lonText = String.format(Locale.ROOT, "%." + decimals + "f", lon);
        String latText = String.format(Locale.ROOT, "%." + decimals + "f", lat);
        Path file = Files.createTempFile("coords", ".csv");
        try {
            Files.writeString(file, HEADER + "\n" + row("1", "False",
                    "[[" + lonText + "," + latText + "], [ " + lonText + " , " + latText + " ]]") + "\n");
            double[] parsed = new double[4];
            PortoTraceReader.read(TraceSource.file(file), trip -> {
                parsed[0] = trip.lon(0);
                parsed[1] = trip.lat(0);
                parsed[2] = trip.lon(1);
                parsed[3] = trip.lat(1);
            });
            assertThat(parsed[0]).isEqualTo(Double.parseDouble(lonText));
            assertThat(parsed[1]).isEqualTo(Double.parseDouble(latText));
            assertThat(parsed[2]).isEqualTo(Double.parseDouble(lonText));
            assertThat(parsed[3]).isEqualTo(Double.parseDouble(latText));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void trainAndEvaluationSegmentsShareNoTrip() {
        PortoTrace trace = Fixtures.shippedTrace();
        java.util.Set<Long> train = new java.util.HashSet<>();
        java.util.Set<Long> evaluation = new java.util.HashSet<>();
        for (int i = 0; i < trace.segments(org.foci.api.env.Split.TRAIN); i++) {
            train.add(trace.tripHash(trace.segment(org.foci.api.env.Split.TRAIN, i)));
        }
        for (int i = 0; i < trace.segments(org.foci.api.env.Split.EVALUATION); i++) {
            evaluation.add(trace.tripHash(trace.segment(org.foci.api.env.Split.EVALUATION, i)));
        }
        assertThat(train).isNotEmpty().doesNotContainAnyElementsOf(evaluation);
        assertThat(evaluation).isNotEmpty();
        train.forEach(h -> assertThat(PortoTraceReader.isEvaluation(h, 0.2)).isFalse());
        evaluation.forEach(h -> assertThat(PortoTraceReader.isEvaluation(h, 0.2)).isTrue());
        assertThat(trace.trips(org.foci.api.env.Split.TRAIN)).isEqualTo(train.size());
    }
}
