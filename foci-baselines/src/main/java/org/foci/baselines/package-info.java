/**
 * Non-learning baselines of the paper's comparison: {@code alp} (always local) and
 * {@code neurosurgeon} (NSG: each device minimises its own predicted cost). Both are
 * {@link org.foci.api.agent.AgentProvider} plug-ins.
 */
package org.foci.baselines;
