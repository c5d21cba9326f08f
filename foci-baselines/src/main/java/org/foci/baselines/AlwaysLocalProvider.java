package org.foci.baselines;

import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AgentSpec;

/** Provides {@link AlwaysLocalAgent} as {@value #NAME}. */
public final class AlwaysLocalProvider implements AgentProvider {

    /** The plug-in's name. */
    public static final String NAME = "alp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ALP baseline: always run the whole model locally";
    }

    @Override
    public Agent create(Settings settings, AgentSpec spec) {
        settings.requireValid(settingKeys());
        return new AlwaysLocalAgent();
    }
}
