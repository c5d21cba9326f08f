package org.foci.agents.dqn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Bulk reads and writes of primitive arrays for checkpoints (big-endian, in chunks). */
final class BinaryIo {

    private static final int CHUNK_BYTES = 1 << 16;

    private BinaryIo() {
    }

    static void writeFloats(DataOutputStream out, float[] values, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.BIG_ENDIAN);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            buffer.clear();
            int n = Math.min(end - i, CHUNK_BYTES / Float.BYTES);
            buffer.asFloatBuffer().put(values, i, n);
            out.write(buffer.array(), 0, n * Float.BYTES);
            i += n;
        }
    }

    static void readFloats(DataInputStream in, float[] values, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.BIG_ENDIAN);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int n = Math.min(end - i, CHUNK_BYTES / Float.BYTES);
            in.readFully(buffer.array(), 0, n * Float.BYTES);
            buffer.clear();
            buffer.asFloatBuffer().get(values, i, n);
            i += n;
        }
    }

    static void writeInts(DataOutputStream out, int[] values, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.BIG_ENDIAN);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            buffer.clear();
            int n = Math.min(end - i, CHUNK_BYTES / Integer.BYTES);
            buffer.asIntBuffer().put(values, i, n);
            out.write(buffer.array(), 0, n * Integer.BYTES);
            i += n;
        }
    }

    static void readInts(DataInputStream in, int[] values, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.BIG_ENDIAN);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int n = Math.min(end - i, CHUNK_BYTES / Integer.BYTES);
            in.readFully(buffer.array(), 0, n * Integer.BYTES);
            buffer.clear();
            buffer.asIntBuffer().get(values, i, n);
            i += n;
        }
    }

    static void writeLongs(DataOutputStream out, long[] values, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.BIG_ENDIAN);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            buffer.clear();
            int n = Math.min(end - i, CHUNK_BYTES / Long.BYTES);
            buffer.asLongBuffer().put(values, i, n);
            out.write(buffer.array(), 0, n * Long.BYTES);
            i += n;
        }
    }

    static void readLongs(DataInputStream in, long[] values, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.BIG_ENDIAN);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int n = Math.min(end - i, CHUNK_BYTES / Long.BYTES);
            in.readFully(buffer.array(), 0, n * Long.BYTES);
            buffer.clear();
            buffer.asLongBuffer().get(values, i, n);
            i += n;
        }
    }
}
