package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.foci.api.Settings;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.testkit.SceneFixture;
import org.junit.jupiter.api.Test;

/**
 * Acting in blocks ({@code actBlockRows}): each block is the forward pass of its rows alone, on the city
 * presets' shapes (F = 181, 64×3, |A| = 153). BLAS does not promise a row the same bits in batches of
 * different sizes, so these tests compare blocks with batches of the same size, bit for bit.
 */
class ActBlocksTest {

    private static final int FEATURES = 181;
    private static final List<Integer> HIDDEN = List.of(64, 64, 64);
    private static final int ACTIONS = 153;

    private static float[] features(long seed, int rows) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[rows * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        return x;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    @Test
    void rowsFromAnOffsetAreTheRowsAtTheStartOfTheirOwnArray() {
        ComputationGraph online = DuelingQNetwork.create(DuelingQNetwork.configuration(FEATURES, HIDDEN, ACTIONS,
                1e-3, 1.0, 0, 42));
        DirectQEngine engine = new DirectQEngine(online, online.clone(), HIDDEN, FEATURES, ACTIONS, 1.0, 300, 64);
        float[] x = features(7, 1_000);
        float[] fromOffset = new float[300 * ACTIONS];
        engine.predict(x, 650, 300, fromOffset);
        float[] copied = new float[300 * ACTIONS];
        engine.predict(Arrays.copyOfRange(x, 650 * FEATURES, 950 * FEATURES), 0, 300, copied);
        assertThat(bits(fromOffset)).isEqualTo(bits(copied));
        assertThat(fromOffset).as("a real forward pass").isNotEqualTo(new float[300 * ACTIONS]);
    }

    @Test
    void aCrowdInBlocksIsDecidedAsEachBlockAlone() {
        int crowd = 1_050;
        int block = 100;
        SplittableRandom random = new SplittableRandom(5);
        float[] x = features(11, crowd);
        boolean[] mask = new boolean[crowd * ACTIONS];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = i % ACTIONS == 0 || random.nextBoolean();
        }
        // The same seed gives the same weights whatever the number of devices.
        DuelingDdqnAgent inBlocks = (DuelingDdqnAgent) new DuelingDdqnProvider().create(
                Settings.of("hiddenUnits", "64,64,64", "actBlockRows", block), new AgentSpec(crowd, FEATURES, ACTIONS, 3));
        int[] crowdActions = new int[crowd];
        inBlocks.act(new Observations(x, mask, SceneFixture.builder(crowd, 2, 3).build()), false, crowdActions);

        // Every block, the short last one (rows 1,000..1,049) included, against an agent of that many devices.
        for (int from = 0; from < crowd; from += block) {
            int rows = Math.min(block, crowd - from);
            DuelingDdqnAgent alone = (DuelingDdqnAgent) new DuelingDdqnProvider().create(
                    Settings.of("hiddenUnits", "64,64,64"), new AgentSpec(rows, FEATURES, ACTIONS, 3));
            int[] aloneActions = new int[rows];
            alone.act(new Observations(Arrays.copyOfRange(x, from * FEATURES, (from + rows) * FEATURES),
                    Arrays.copyOfRange(mask, from * ACTIONS, (from + rows) * ACTIONS),
                    SceneFixture.builder(rows, 2, 3).build()), false, aloneActions);
            assertThat(Arrays.copyOfRange(crowdActions, from, from + rows)).as("rows %d..%d", from, from + rows - 1)
                    .isEqualTo(aloneActions);
        }
        assertThat(Arrays.stream(crowdActions).distinct().count()).as("decisions vary, so the check can fail")
                .isGreaterThan(10);
    }
}
