package org.foci.env.config;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.env.model.LayerProfile;
import org.foci.env.model.MobileNetV3Large;

/**
 * The inference model (MODEL.md §4): MobileNetV3-Large at an input size, and how tensors cross the
 * link.
 *
 * @param inputPixels             side of the square RGB input image, pixels
 * @param classes                 classifier outputs
 * @param inputBytesPerElement    bytes per input element on the link (1: uint8 image)
 * @param featureBytesPerElement  bytes per intermediate feature element on the link (1: quantised)
 */
public record ModelParameters(int inputPixels, int classes, double inputBytesPerElement,
                              double featureBytesPerElement) {

    /** {@code model.inputPixels}: 224. */
    public static final SettingKey<Integer> INPUT_PIXELS = SettingKey.integer("model.inputPixels", 224,
            "side of the square input image, pixels").between(32, 4096);
    /** {@code model.classes}: 1000 (ImageNet). */
    public static final SettingKey<Integer> CLASSES = SettingKey.integer("model.classes", 1000,
            "classifier outputs").between(1, 1_000_000);
    /** {@code model.inputBytesPerElement}: 1 (uint8 image, 150,528 bytes at 224 px). */
    public static final SettingKey<Double> INPUT_BYTES = SettingKey.real("model.inputBytesPerElement", 1.0,
            "bytes per input element sent at k = 0, B").greaterThan(0.0).atMost(64.0);
    /** {@code model.featureBytesPerElement}: 1 (features quantised to one byte). */
    public static final SettingKey<Double> FEATURE_BYTES = SettingKey.real("model.featureBytesPerElement", 1.0,
            "bytes per intermediate feature element sent at 1 <= k < K, B").greaterThan(0.0).atMost(64.0);

    public ModelParameters {
        Checks.require(INPUT_PIXELS, inputPixels);
        Checks.require(CLASSES, classes);
        Checks.require(INPUT_BYTES, inputBytesPerElement);
        Checks.require(FEATURE_BYTES, featureBytesPerElement);
    }

    /** The MODEL.md defaults. */
    public static ModelParameters defaults() {
        return new ModelParameters(INPUT_PIXELS.defaultValue(), CLASSES.defaultValue(), INPUT_BYTES.defaultValue(),
                FEATURE_BYTES.defaultValue());
    }

    /** The keys, relative to the environment's scope. */
    public static List<SettingKey<?>> keys() {
        return List.of(INPUT_PIXELS, CLASSES, INPUT_BYTES, FEATURE_BYTES);
    }

    static ModelParameters read(Settings s) {
        return new ModelParameters(s.get(INPUT_PIXELS), s.get(CLASSES), s.get(INPUT_BYTES), s.get(FEATURE_BYTES));
    }

    /** The derived per-layer profile. */
    public LayerProfile profile() {
        return MobileNetV3Large.profile(inputPixels, classes);
    }

    /** Bits sent over the link at partition k (0 for k = K). */
    public double transferBits(LayerProfile profile, int k) {
        double bytesPerElement = k == 0 ? inputBytesPerElement : featureBytesPerElement;
        return 8.0 * bytesPerElement * profile.transferElements(k);
    }
}
