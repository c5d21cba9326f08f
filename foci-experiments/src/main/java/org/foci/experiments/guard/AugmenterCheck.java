package org.foci.experiments.guard;

/**
 * Checks an augmenter's output at the boundary: every feature it adds is a number (not NaN, not
 * infinite), it fills the columns it declared ({@code featureCount}), and it does not throw.
 *
 * <p>Width: before each call the declared columns of the last row are set to NaN; a row the augmenter
 * leaves short keeps a NaN there. One that writes past its columns overruns the matrix at the last row
 * (an {@link ArrayIndexOutOfBoundsException}, reported by {@link #threw}). Values: every added value with
 * {@code -Dfoci.checks=full}; otherwise ({@link CheckLevel}) the last row on every call, and every row
 * on every {@value CheckLevel#SAMPLE_EVERY}th call: scanning all of a wide
 * augmenter's output (240 × 209 floats for {@code competitor-aware}) costs half an environment step.
 * Reads only what the augmenter wrote (and sets the sentinels it must overwrite), so results are
 * unchanged. Not thread-safe: one per run.
 */
public final class AugmenterCheck {

    private final PluginIdentity identity;
    private final RunPosition position;
    private final int devices;
    private final int offset;
    private final int stride;
    private final int sampleMask;
    private int calls;

    /**
     * @param devices rows of the matrix
     * @param offset  the first added column
     * @param stride  columns per row (local observation plus added features)
     */
    public AugmenterCheck(PluginIdentity identity, RunPosition position, int devices, int offset, int stride) {
        this.identity = identity;
        this.position = position;
        this.devices = devices;
        this.offset = offset;
        this.stride = stride;
        this.sampleMask = CheckLevel.full() ? 0 : CheckLevel.SAMPLE_EVERY - 1;
    }

    /** Before {@code augment}: the sentinels. */
    public void before(float[] out) {
        if (devices > 0) {
            java.util.Arrays.fill(out, (devices - 1) * stride + offset, devices * stride, Float.NaN);
        }
    }

    /** After {@code augment}: the added values are finite, the sentinels are gone (see the class comment). */
    public void after(float[] out) {
        int call = calls++;
        if (devices == 0) {
            return;
        }
        if ((call & sampleMask) == 0) {
            for (int m = 0; m < devices; m++) {
                checkRow(out, m);
            }
        } else {
            checkRow(out, devices - 1);
        }
    }

    private void checkRow(float[] out, int m) {
        int row = m * stride;
        for (int j = offset; j < stride; j++) {
            float value = out[row + j];
            // value - value is NaN exactly for NaN and ±infinity: one comparison per value.
            if (value - value != 0f) {
                throw fault(out, m, j);
            }
        }
    }

    private PluginFault fault(float[] out, int device, int column) {
        float value = out[device * stride + column];
        int width = stride - offset;
        if (Float.isNaN(value) && device == devices - 1) {
            int written = 0;
            while (written < width && !Float.isNaN(out[device * stride + offset + written])) {
                written++;
            }
            if (written < width) {
                return new PluginFault(identity.toString(), position.describe(), "it declared " + width
                        + " features per device (featureCount) but left feature " + (column - offset)
                        + " of device " + device + " unwritten (or wrote NaN there); it must write exactly its "
                        + "featureCount columns, all finite", null);
            }
        }
        return new PluginFault(identity.toString(), position.describe(), "feature " + (column - offset)
                + " of device " + device + " is " + value + "; every feature must be a finite number", null);
    }

    /** How much is checked per call. */
    public String mode() {
        return sampleMask == 0 ? "every value on every call"
                : "the last row per call, every row on every " + (sampleMask + 1) + "th call";
    }

    /** The augmenter threw: named, with the likely reason when it wrote past its columns. */
    public PluginFault threw(RuntimeException e) {
        String hint = e instanceof ArrayIndexOutOfBoundsException
                ? " (did it write more than its featureCount = " + (stride - offset) + " columns per device?)" : "";
        return new PluginFault(identity.toString(), position.describe(), "augment threw " + e + hint, e);
    }
}
