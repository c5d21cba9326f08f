package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static final int FEATURES = 2;
    private static final int ACTIONS = 70;

    /** Row i: o = (i, −i), a = i mod |A|, r = i/10, o' = (i + 0.5, 0), mask allows a and 69, terminal when i%3 == 0. */
    private static void addRow(ReplayBuffer buffer, int i) {
        boolean[] mask = new boolean[ACTIONS];
        mask[i % ACTIONS] = true;
        mask[69] = true;
        buffer.add(new float[] {9, i, -i}, 1, i % ACTIONS, i / 10f, new float[] {i + 0.5f, 0}, 0, mask, 0, i % 3 == 0);
    }

    private static void assertRow(ReplayBuffer buffer, int row, int i) {
        float[] observation = new float[FEATURES];
        float[] next = new float[FEATURES];
        buffer.copyObservation(row, observation, 0);
        buffer.copyNextObservation(row, next, 0);
        assertThat(observation).containsExactly(i, -i);
        assertThat(next).containsExactly(i + 0.5f, 0);
        assertThat(buffer.action(row)).isEqualTo(i % ACTIONS);
        assertThat(buffer.reward(row)).isEqualTo(i / 10f);
        assertThat(buffer.terminal(row)).isEqualTo(i % 3 == 0);
        for (int a = 0; a < ACTIONS; a++) {
            assertThat(buffer.nextAllowed(row, a)).as("row %d action %d", row, a).isEqualTo(a == i % ACTIONS || a == 69);
        }
    }

    @Test
    void storesRowsAndOverwritesTheOldestWhenFull() {
        ReplayBuffer buffer = new ReplayBuffer(5, FEATURES, ACTIONS);
        assertThat(buffer.maskWords()).isEqualTo(2);
        for (int i = 0; i < 7; i++) {
            addRow(buffer, i);
        }
        assertThat(buffer.size()).isEqualTo(5);
        assertThat(buffer.added()).isEqualTo(7);
        // Rows 0 and 1 now hold transitions 5 and 6; rows 2..4 still hold 2..4.
        assertRow(buffer, 0, 5);
        assertRow(buffer, 1, 6);
        assertRow(buffer, 2, 2);
        assertRow(buffer, 4, 4);
    }

    @Test
    void growsBeyondItsInitialStorage() {
        ReplayBuffer buffer = new ReplayBuffer(5000, FEATURES, ACTIONS);
        for (int i = 0; i < 3000; i++) {
            addRow(buffer, i);
        }
        assertThat(buffer.size()).isEqualTo(3000);
        assertRow(buffer, 0, 0);
        assertRow(buffer, 2999, 2999);
    }

    @Test
    void theMaskedArgmaxOfTheNextStateSkipsDisallowedActions() {
        ReplayBuffer buffer = new ReplayBuffer(4, FEATURES, ACTIONS);
        addRow(buffer, 3);
        float[] q = new float[ACTIONS];
        q[10] = 100;
        q[3] = -1;
        q[69] = -2;
        assertThat(buffer.nextArgmax(0, q, 0)).isEqualTo(3);
        q[69] = 5;
        assertThat(buffer.nextArgmax(0, q, 0)).isEqualTo(69);
    }

    @Test
    void writesAndReadsItsRowsAndRingPosition() throws IOException {
        ReplayBuffer buffer = new ReplayBuffer(5, FEATURES, ACTIONS);
        for (int i = 0; i < 7; i++) {
            addRow(buffer, i);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        buffer.write(new DataOutputStream(bytes));
        ReplayBuffer restored = new ReplayBuffer(5, FEATURES, ACTIONS);
        restored.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(restored.size()).isEqualTo(5);
        assertThat(restored.added()).isEqualTo(7);
        addRow(buffer, 7);
        addRow(restored, 7);
        for (int row = 0; row < 5; row++) {
            assertRow(restored, row, new int[] {5, 6, 7, 3, 4}[row]);
        }
    }

    @Test
    void refusesRowsOfAnotherShape() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReplayBuffer(5, FEATURES, ACTIONS).write(new DataOutputStream(bytes));
        ReplayBuffer other = new ReplayBuffer(6, FEATURES, ACTIONS);
        assertThatThrownBy(() -> other.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .isInstanceOf(IOException.class)
                .hasMessage("checkpoint replay buffer has capacity 5, 2 features and 70 actions, but this agent's has 6, "
                        + "2 and 70");
    }
}
