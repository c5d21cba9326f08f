/**
 * Non-learning baselines of the paper's comparison: {@code alp} (always local) and
 * {@code neurosurgeon} (NSG: each device minimises its own predicted cost). Both are
 * {@link org.foci.api.agent.AgentProvider} plug-ins; as a library, one line each:
 * {@code Agent nsg = Baselines.neurosurgeon();} ({@link org.foci.baselines.Baselines}).
 */
package org.foci.baselines;
