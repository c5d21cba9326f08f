package org.foci.env;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.EnvironmentProvider;
import org.foci.env.config.EnvironmentConfig;

/**
 * {@code m2m-ci}: the multi-device, multi-edge collaborative-inference simulator of MODEL.md
 * ({@link M2mCiEnvironment}). Its keys are {@link EnvironmentConfig#keys()}, each with the
 * MODEL.md default and a validation rule.
 */
public final class M2mCiEnvironmentProvider implements EnvironmentProvider {

    /** The plug-in's name. */
    public static final String NAME = "m2m-ci";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "multi-device multi-edge collaborative inference of MobileNetV3-Large with DVFS devices, "
                + "3GPP uplinks, SM-sharing edges and a fairness oracle (MODEL.md)";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return EnvironmentConfig.keys();
    }

    /** @throws org.foci.api.ConfigurationException listing every unknown key and invalid value */
    @Override
    public Environment create(Settings settings, EnvironmentComponents components) {
        return createM2mCi(settings, components);
    }

    /** Δt of this configuration ({@code stepSeconds}), for the mobility model built before the environment. */
    @Override
    public double stepSeconds(Settings settings) {
        return EnvironmentConfig.from(settings).time().stepSeconds();
    }

    /** As {@link #create}, typed: for callers that want the scenario data or the physics. */
    public M2mCiEnvironment createM2mCi(Settings settings, EnvironmentComponents components) {
        return new M2mCiEnvironment(EnvironmentConfig.from(settings), components);
    }
}
