package org.foci.api.agent;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/**
 * Makes {@link Agent}s; registered in {@code META-INF/services/org.foci.api.agent.AgentProvider}.
 */
public interface AgentProvider extends PluginProvider {

    /**
     * Makes an agent.
     *
     * @param settings the agent's configuration scope; keys from {@link #settingKeys()}
     * @param spec     batch and observation sizes, and the seed; never null
     * @return a new agent; never null
     * @throws org.foci.api.ConfigurationException if a setting is unknown or invalid
     */
    Agent create(Settings settings, AgentSpec spec);
}
