package org.foci.env.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.foci.api.env.PointSample;
import org.foci.env.Fixtures;
import org.junit.jupiter.api.Test;

class EdgeIndexAndPlacementTest {

    @Property(tries = 60, seed = "20261129")
    void theGridFindsExactlyTheEdgesABruteForceScanFinds(@ForAll @IntRange(min = 0, max = 300) int edges,
                                                         @ForAll @DoubleRange(min = 0, max = 900) double radius,
                                                         @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] ex = new double[edges];
        double[] ey = new double[edges];
        for (int n = 0; n < edges; n++) {
            ex[n] = random.nextDouble(-2000, 2000);
            ey[n] = random.nextDouble(-2000, 2000);
        }
        EdgeGrid grid = new EdgeGrid(ex, ey, radius);
        int[] out = new int[edges];
        double minX = java.util.Arrays.stream(ex).min().orElse(0);
        double minY = java.util.Arrays.stream(ey).min().orElse(0);
        for (int q = 0; q < 300; q++) {
            double x = random.nextDouble(-3000, 3000);
            double y = random.nextDouble(-3000, 3000);
            if (q % 3 == 1 && edges > 0) {
                // on the circle of an edge
                int n = random.nextInt(edges);
                double angle = random.nextDouble(0, 2 * Math.PI);
                x = ex[n] + radius * Math.cos(angle);
                y = ey[n] + radius * Math.sin(angle);
            } else if (q % 3 == 2) {
                // on the lines of the grid's cells and of its candidate table's half-cells
                x = minX + random.nextInt(-4, 40) * radius / 2;
                y = minY + random.nextInt(-4, 40) * radius / 2;
            }
            int count = grid.query(x, y, out);
            int[] expected = new int[edges];
            int expectedCount = 0;
            for (int n = 0; n < edges; n++) {
                double dx = x - ex[n];
                double dy = y - ey[n];
                if (radius > 0 && dx * dx + dy * dy <= radius * radius) {
                    expected[expectedCount++] = n;
                }
            }
            org.foci.env.Same.ints(java.util.Arrays.copyOf(out, count), java.util.Arrays.copyOf(expected,
                    expectedCount), "edges near (" + x + ", " + y + ")");
            if (edges <= EdgeGrid.MAX_BITSET_EDGES) {
                assertThat(grid.inRangeBits(x, y)).as("bit set near (%s, %s)", x, y).isEqualTo(bits(out, count));
            }
        }
    }

    @Test
    void exactlyOnTheCircleIsInRangeInBothAnswers() {
        // 3² + 4² = 5² exactly in binary floating point
        EdgeGrid grid = new EdgeGrid(new double[] {0, 100}, new double[] {0, 0}, 5);
        int[] out = new int[2];
        assertThat(grid.query(3, 4, out)).isEqualTo(1);
        assertThat(out[0]).isZero();
        assertThat(grid.inRangeBits(3, 4)).isEqualTo(1L);
        assertThat(grid.inRangeBits(3, 4.000001)).isZero();
        assertThat(new EdgeGrid(new double[] {0}, new double[] {0}, 0).inRangeBits(0, 0)).isZero();
    }

    private static long bits(int[] edges, int count) {
        long bits = 0;
        for (int i = 0; i < count; i++) {
            bits |= 1L << edges[i];
        }
        return bits;
    }

    @Test
    void theBitSetAnswerIsLimitedTo64Edges() {
        EdgeGrid grid = new EdgeGrid(new double[65], new double[65], 10);
        assertThatThrownBy(() -> grid.inRangeBits(0, 0)).hasMessageContaining("at most 64 edges, but there are 65");
    }

    @Test
    void kMeansIsDeterministicAndPlacesEdgesInsideTheArea() {
        PointSample sample = Fixtures.shippedTrace().densitySample();
        double[][] a = EdgePlacement.kMeans(sample, 11, 7, 100, 5);
        double[][] b = EdgePlacement.kMeans(sample, 11, 7, 100, 5);
        assertThat(b[0]).containsExactly(a[0]);
        assertThat(b[1]).containsExactly(a[1]);
        for (int n = 0; n < 11; n++) {
            assertThat(Fixtures.AREA.contains(a[0][n], a[1][n])).isTrue();
        }
        double[][] other = EdgePlacement.kMeans(sample, 11, 8, 100, 5);
        assertThat(other[0]).isNotEqualTo(a[0]);
    }

    @Test
    void denserRegionsGetDenserEdges() {
        // 90 % of the points in the west quarter: most edges go there
        SplittableRandom random = new SplittableRandom(1);
        int n = 10_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean west = i < 9_000;
            x[i] = west ? random.nextDouble(-790, -400) : random.nextDouble(-400, 790);
            y[i] = random.nextDouble(-790, 790);
        }
        double[][] edges = EdgePlacement.kMeans(new PointSample(x, y), 10, 7, 100, 5);
        int westEdges = 0;
        for (double ex : edges[0]) {
            westEdges += ex < -400 ? 1 : 0;
        }
        assertThat(westEdges).isGreaterThanOrEqualTo(6);
    }

    @Test
    void moreEdgesThanDistinctPointsStillWorks() {
        double[][] edges = EdgePlacement.kMeans(new PointSample(new double[] {1, 1, 2}, new double[] {0, 0, 0}),
                5, 7, 10, 5);
        assertThat(edges[0]).hasSize(5);
        assertThatThrownBy(() -> EdgePlacement.kMeans(new PointSample(new double[0], new double[0]), 2, 1, 10, 5))
                .hasMessageContaining("the density sample is empty");
    }
}
