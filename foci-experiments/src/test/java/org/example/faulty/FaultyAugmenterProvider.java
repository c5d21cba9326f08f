package org.example.faulty;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;

/**
 * {@value #NAME}: declares {@value #WIDTH} features per device and writes them (the device's distance to
 * the area's centre, scaled), until its {@code afterCalls}-th call; from then on it breaks the augmenter
 * contract the way {@code fault} says.
 */
public final class FaultyAugmenterProvider implements AugmenterProvider {

    /** The plug-in's name. */
    public static final String NAME = "test-faulty-augmenter";
    /** Features it declares. */
    public static final int WIDTH = 4;

    /** The way it breaks the contract. */
    public static final SettingKey<String> FAULT = SettingKey.text("fault", "none",
            "none, short (writes one feature fewer than it declares), wide (one more), nan (writes NaN), throws");
    /** Correct calls before the fault. */
    public static final SettingKey<Integer> AFTER_CALLS = SettingKey.integer("afterCalls", 0,
            "correct calls before the fault");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test plug-in: an augmenter that breaks its contract on purpose";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(FAULT, AFTER_CALLS);
    }

    @Override
    public ObservationAugmenter create(Settings settings) {
        settings.requireValid(settingKeys());
        String fault = settings.get(FAULT);
        int after = settings.get(AFTER_CALLS);
        return new ObservationAugmenter() {
            private int calls;

            @Override
            public int featureCount(EnvironmentSpec spec) {
                return WIDTH;
            }

            @Override
            public void augment(Scene scene, float[] out, int offset, int stride) {
                boolean faulty = calls++ >= after;
                int devices = scene.spec().deviceCount();
                int width = !faulty ? WIDTH : fault.equals("short") ? WIDTH - 1 : fault.equals("wide") ? WIDTH + 1
                        : WIDTH;
                if (faulty && fault.equals("throws")) {
                    throw new IllegalStateException("test augmenter fails on purpose");
                }
                for (int m = 0; m < devices; m++) {
                    for (int j = 0; j < width; j++) {
                        out[m * stride + offset + j] = faulty && fault.equals("nan") && m == devices / 2
                                ? Float.NaN : 0.25f * j;
                    }
                }
            }
        };
    }
}
