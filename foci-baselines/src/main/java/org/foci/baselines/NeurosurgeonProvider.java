package org.foci.baselines;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AgentSpec;

/** Provides {@link NeurosurgeonAgent} as {@value #NAME}. */
public final class NeurosurgeonProvider implements AgentProvider {

    /** The plug-in's name. */
    public static final String NAME = "neurosurgeon";

    /** {@code loadAware}: expect the equal share of an edge's previous load (default) or an idle edge. */
    public static final SettingKey<Boolean> LOAD_AWARE = SettingKey.flag("loadAware", true,
            "expect the equal SM share given each edge's load at the previous step (false: assume idle edges)");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "NSG baseline: each device greedily minimises its own predicted cost (Kang et al. 2017)";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(LOAD_AWARE);
    }

    @Override
    public Agent create(Settings settings, AgentSpec spec) {
        settings.requireValid(settingKeys());
        return new NeurosurgeonAgent(settings.get(LOAD_AWARE));
    }
}
