/**
 * The boundary between the framework and its plug-ins: checks, on the step path, that allocators,
 * augmenters and agents keep their contracts, and a {@link org.foci.experiments.guard.PluginFault}
 * naming the plug-in, the step and the rule when one does not.
 */
package org.foci.experiments.guard;
