package org.foci.agents.dqn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Activations of the {@link DirectQEngine} (and, for training, their gradients) for a batch of up to
 * {@code rows} rows: a direct buffer for BLAS and a heap mirror for element-wise work per array. Allocated
 * once per engine and reused by every call. Not thread-safe.
 */
final class Workspace {
    final FloatBuffer input;
    final FloatPointer inputPointer;
    final FloatBuffer[] hidden;
    final FloatPointer[] hiddenPointers;
    final float[][] hiddenValues;
    final FloatBuffer q;
    final FloatPointer qPointer;
    final float[] qValues;
    final float[] value;
    final FloatBuffer[] hiddenGradients;
    final FloatPointer[] hiddenGradientPointers;
    final float[][] hiddenGradientValues;
    final FloatBuffer advantageGradient;
    final FloatPointer advantageGradientPointer;
    final float[] advantageGradientValues;
    final float[] valueGradient;

    /**
     * @param rows     the most rows of a batch
     * @param widths   layer widths: F, then the trunk's hidden widths
     * @param actions  |A|
     * @param training whether to allocate the gradients (for back-propagation) too
     */
    Workspace(int rows, int[] widths, int actions, boolean training) {
        int layers = widths.length - 1;
        input = direct((long) rows * widths[0]);
        inputPointer = new FloatPointer(input);
        hidden = new FloatBuffer[layers + 1];
        hiddenPointers = new FloatPointer[layers + 1];
        hiddenValues = new float[layers + 1][];
        hiddenGradients = new FloatBuffer[layers + 1];
        hiddenGradientPointers = new FloatPointer[layers + 1];
        hiddenGradientValues = new float[layers + 1][];
        for (int i = 1; i <= layers; i++) {
            hidden[i] = direct((long) rows * widths[i]);
            hiddenPointers[i] = new FloatPointer(hidden[i]);
            hiddenValues[i] = new float[rows * widths[i]];
            if (training) {
                hiddenGradients[i] = direct((long) rows * widths[i]);
                hiddenGradientPointers[i] = new FloatPointer(hiddenGradients[i]);
                hiddenGradientValues[i] = new float[rows * widths[i]];
            }
        }
        q = direct((long) rows * actions);
        qPointer = new FloatPointer(q);
        qValues = new float[rows * actions];
        value = new float[rows];
        advantageGradient = training ? direct((long) rows * actions) : null;
        advantageGradientPointer = training ? new FloatPointer(advantageGradient) : null;
        advantageGradientValues = training ? new float[rows * actions] : null;
        valueGradient = training ? new float[rows] : null;
    }

    private static FloatBuffer direct(long floats) {
        return ByteBuffer.allocateDirect(Math.toIntExact(Math.max(1, floats) * Float.BYTES))
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
