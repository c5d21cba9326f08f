package org.foci.api.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ActionSpaceTest {

    @Test
    void thePapersSpaceHas210Actions() {
        assertThat(new ActionSpace(11, 19).size()).isEqualTo(210);
    }

    @Test
    void localIsActionZeroWithPartitionK() {
        ActionSpace space = new ActionSpace(11, 19);
        assertThat(space.edgeOf(ActionSpace.LOCAL)).isEqualTo(-1);
        assertThat(space.partitionOf(ActionSpace.LOCAL)).isEqualTo(19);
        assertThat(space.encode(0, 0)).isEqualTo(1);
        assertThat(space.encode(10, 18)).isEqualTo(209);
    }

    @Property(seed = "20261129")
    void encodingAndDecodingAreInverse(@ForAll @IntRange(min = 1, max = 40) int edges,
                                       @ForAll @IntRange(min = 1, max = 25) int layers,
                                       @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        ActionSpace space = new ActionSpace(edges, layers);
        int action = 1 + seed % (space.size() - 1);
        assertThat(space.encode(space.edgeOf(action), space.partitionOf(action))).isEqualTo(action);
        assertThat(space.contains(action)).isTrue();
        assertThat(space.contains(space.size())).isFalse();
    }

    @Test
    void outOfRangeEdgesAndPartitionsAreRejectedNamingTheValue() {
        ActionSpace space = new ActionSpace(2, 3);
        assertThatThrownBy(() -> space.encode(2, 0)).hasMessage("edge must be in [0, 1], but was 2");
        assertThatThrownBy(() -> space.encode(0, 3)).hasMessage("partition must be in [0, 2], but was 3");
    }
}
