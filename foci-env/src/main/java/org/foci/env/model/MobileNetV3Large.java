package org.foci.env.model;

import java.util.ArrayList;
import java.util.List;

/**
 * MobileNetV3-Large (Howard et al., ICCV 2019, Table 1), with its per-layer MACs and output sizes
 * <em>derived</em> from the architecture table, not typed in (MODEL.md §4).
 *
 * <p>The K = 19 partition points are: the stem conv, the 15 bneck blocks, the 1×1 conv to 960,
 * pooling + the 1×1 conv to 1280, and the 1×1 classifier conv. MACs count convolutions,
 * depthwise convolutions and the two SE fully connected layers; they exclude batch norm,
 * activations, biases, the SE pooling and gating and the global pooling (the counting convention of
 * MODEL.md §4, 216.6 M in total at 224 px; the MobileNetV3 paper reports 219 M MAdds). Layers use
 * "same" padding, so a stride-s layer maps side h to {@code ceil(h / s)}.
 *
 * <p>A bneck block is: expansion 1×1 conv (omitted when the expansion equals the input width, as
 * in the first block), depthwise k×k conv with the block's stride, optional squeeze-and-excite
 * (squeeze width = expansion / 4 rounded to a multiple of 8, see {@link #makeDivisible}), and the
 * projection 1×1 conv. Stateless.
 */
public final class MobileNetV3Large {

    /**
     * One bneck row of the architecture table.
     *
     * @param kernel    depthwise kernel side
     * @param expansion expanded width
     * @param out       output channels
     * @param se        squeeze-and-excite
     * @param stride    depthwise stride
     */
    public record Bneck(int kernel, int expansion, int out, boolean se, int stride) {
    }

    /** The 15 bneck rows of Howard et al. 2019, Table 1 (MobileNetV3-Large). */
    public static final List<Bneck> BNECKS = List.of(
            new Bneck(3, 16, 16, false, 1),
            new Bneck(3, 64, 24, false, 2),
            new Bneck(3, 72, 24, false, 1),
            new Bneck(5, 72, 40, true, 2),
            new Bneck(5, 120, 40, true, 1),
            new Bneck(5, 120, 40, true, 1),
            new Bneck(3, 240, 80, false, 2),
            new Bneck(3, 200, 80, false, 1),
            new Bneck(3, 184, 80, false, 1),
            new Bneck(3, 184, 80, false, 1),
            new Bneck(3, 480, 112, true, 1),
            new Bneck(3, 672, 112, true, 1),
            new Bneck(5, 672, 160, true, 2),
            new Bneck(5, 960, 160, true, 1),
            new Bneck(5, 960, 160, true, 1));

    /** Stem: 3×3 conv to 16 channels, stride 2. */
    public static final int STEM_CHANNELS = 16;
    /** Width of the last 1×1 conv before pooling. */
    public static final int LAST_CONV_CHANNELS = 960;
    /** Width of the 1×1 conv after pooling. */
    public static final int HEAD_CHANNELS = 1280;
    /** Image channels (RGB). */
    public static final int IMAGE_CHANNELS = 3;

    private MobileNetV3Large() {
    }

    /**
     * The profile for a square input image.
     *
     * @param inputPixels side of the input image, {@code >= 1} (224 in the paper)
     * @param classes     classifier outputs, {@code >= 1} (1000 for ImageNet)
     */
    public static LayerProfile profile(int inputPixels, int classes) {
        if (inputPixels < 1 || classes < 1) {
            throw new IllegalArgumentException("inputPixels and classes must be >= 1, but were " + inputPixels
                    + " and " + classes);
        }
        List<String> names = new ArrayList<>();
        List<Long> macs = new ArrayList<>();
        List<Long> outputs = new ArrayList<>();

        long side = ceilDiv(inputPixels, 2);
        names.add("stem conv 3x3, 16, s2");
        macs.add(side * side * STEM_CHANNELS * IMAGE_CHANNELS * 9L);
        outputs.add(side * side * STEM_CHANNELS);

        long in = STEM_CHANNELS;
        for (Bneck b : BNECKS) {
            long inSide = side;
            long outSide = ceilDiv(inSide, b.stride());
            long mac = 0;
            if (b.expansion() != in) {
                mac += inSide * inSide * in * b.expansion();                         // expand 1×1
            }
            mac += outSide * outSide * b.expansion() * (long) b.kernel() * b.kernel(); // depthwise
            if (b.se()) {
                long squeeze = makeDivisible(b.expansion() / 4.0, 8);
                mac += 2L * b.expansion() * squeeze;                                  // SE FCs
            }
            mac += outSide * outSide * b.expansion() * b.out();                      // project 1×1
            names.add("bneck " + b.kernel() + "x" + b.kernel() + " exp" + b.expansion() + "->" + b.out()
                    + (b.se() ? " SE" : "") + (b.stride() > 1 ? " s" + b.stride() : ""));
            macs.add(mac);
            outputs.add(outSide * outSide * b.out());
            side = outSide;
            in = b.out();
        }

        names.add("conv 1x1, " + LAST_CONV_CHANNELS);
        macs.add(side * side * in * LAST_CONV_CHANNELS);
        outputs.add(side * side * LAST_CONV_CHANNELS);

        names.add("pool + conv 1x1, " + HEAD_CHANNELS);
        macs.add((long) LAST_CONV_CHANNELS * HEAD_CHANNELS);
        outputs.add((long) HEAD_CHANNELS);

        names.add("conv 1x1, " + classes + " (classifier)");
        macs.add((long) HEAD_CHANNELS * classes);
        outputs.add((long) classes);

        return new LayerProfile(names, macs.stream().mapToLong(Long::longValue).toArray(),
                outputs.stream().mapToLong(Long::longValue).toArray(),
                (long) inputPixels * inputPixels * IMAGE_CHANNELS);
    }

    /**
     * The channel rounding of the MobileNet reference code: the nearest multiple of {@code divisor}
     * at or above {@code divisor}, raised by one divisor if rounding lost more than 10 %.
     */
    public static int makeDivisible(double value, int divisor) {
        int rounded = Math.max(divisor, (int) (value + divisor / 2.0) / divisor * divisor);
        if (rounded < 0.9 * value) {
            rounded += divisor;
        }
        return rounded;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
