package org.foci.env.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The cell table must never change an answer of the plain test, above all at the boundaries it skips. */
class InRangeCellsTest {

    @Property(tries = 40, seed = "20261129")
    void pointsOnAndNextToEveryCircleGetThePlainTestsAnswer(@ForAll @IntRange(min = 1, max = 64) int edges,
                                                            @ForAll @LongRange(min = 0, max = 100_000) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double radius = random.nextDouble(1, 900);
        double[] ex = coordinates(random, edges, 2000);
        double[] ey = coordinates(random, edges, 2000);
        EdgeGrid grid = new EdgeGrid(ex, ey, radius);
        for (int q = 0; q < 400; q++) {
            int e = random.nextInt(edges);
            double angle = random.nextDouble(2 * Math.PI);
            // from a few ulps to a few metres off the circle, on both sides
            double offset = Math.scalb(random.nextDouble(-1, 1), -random.nextInt(50));
            double x = ex[e] + (radius + offset) * Math.cos(angle);
            double y = ey[e] + (radius + offset) * Math.sin(angle);
            assertThat(grid.inRangeBits(x, y)).as("near the circle of edge %d at (%s, %s)", e, x, y)
                    .isEqualTo(plain(ex, ey, radius, x, y));
        }
    }

    @Property(tries = 20, seed = "20261129")
    void pointsOnCellBordersGetThePlainTestsAnswer(@ForAll @IntRange(min = 1, max = 64) int edges,
                                                   @ForAll @LongRange(min = 0, max = 100_000) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double radius = random.nextDouble(1, 900);
        double[] ex = coordinates(random, edges, 1000);
        double[] ey = coordinates(random, edges, 1000);
        EdgeGrid grid = new EdgeGrid(ex, ey, radius);
        InRangeCells cells = InRangeCells.build(ex, ey, radius);
        for (int q = 0; q < 400; q++) {
            double x = cells.originX() + random.nextInt(-2, 300) * cells.cellM();
            double y = cells.originY() + random.nextDouble(-2, 300) * cells.cellM();
            for (double px : new double[] {Math.nextDown(x), x, Math.nextUp(x)}) {
                assertThat(grid.inRangeBits(px, y)).as("on a cell border at (%s, %s)", px, y)
                        .isEqualTo(plain(ex, ey, radius, px, y));
            }
        }
    }

    @Test
    void atThePapersScaleFewQueriesNeedADistanceTest() {
        SplittableRandom random = new SplittableRandom(11);
        double radius = 322.9;
        double[] ex = coordinates(random, 11, 600);
        double[] ey = coordinates(random, 11, 600);
        ex[0] = -600;     // the table then covers every query point
        ey[0] = -600;
        ex[1] = 600;
        ey[1] = 600;
        InRangeCells cells = InRangeCells.build(ex, ey, radius);
        long uncertain = 0;
        int queries = 10_000;
        for (int q = 0; q < queries; q++) {
            int cell = cells.cellOf(random.nextDouble(-790, 790), random.nextDouble(-790, 790));
            assertThat(cell).isNotNegative();
            uncertain += Long.bitCount(cells.uncertain(cell));
            assertThat(cells.sure(cell) & cells.uncertain(cell)).isZero();
        }
        assertThat((double) uncertain / queries).as("uncertain edges per query").isLessThan(1.0);
        assertThat(cells.cellCount()).isLessThanOrEqualTo(1 << 14);
    }

    @Test
    void noTableWithoutEdgesOrRadiusOrBeyond64Edges() {
        assertThat(InRangeCells.build(new double[0], new double[0], 10)).isNull();
        assertThat(InRangeCells.build(new double[] {0}, new double[] {0}, 0)).isNull();
        assertThat(InRangeCells.build(new double[65], new double[65], 10)).isNull();
        assertThat(new EdgeGrid(new double[0], new double[0], 10).inRangeBits(0, 0)).isZero();
    }

    @Test
    void pointsOutsideTheTableAreScanned() {
        EdgeGrid grid = new EdgeGrid(new double[] {0, 50}, new double[] {0, 0}, 10);
        assertThat(grid.inRangeBits(1e6, 0)).isZero();
        assertThat(grid.inRangeBits(-10, 0)).isEqualTo(1L);     // on the table's west border
        assertThat(grid.inRangeBits(60, 0)).isEqualTo(2L);
    }

    /** {@code count} uniform coordinates in [−half, half). */
    private static double[] coordinates(SplittableRandom random, int count, double half) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble(-half, half);
        }
        return values;
    }

    private static long plain(double[] ex, double[] ey, double radius, double x, double y) {
        long bits = 0;
        for (int n = 0; n < ex.length; n++) {
            double dx = x - ex[n];
            double dy = y - ey[n];
            if (dx * dx + dy * dy <= radius * radius) {
                bits |= 1L << n;
            }
        }
        return bits;
    }
}
