/**
 * The M2M collaborative-inference simulator (MODEL.md §1–9): the {@code m2m-ci}
 * {@link org.foci.api.env.EnvironmentProvider} and its {@link org.foci.env.M2mCiEnvironment}.
 *
 * <p>Sub-packages: {@code config} (every constant as a validated setting), {@code model} (layer
 * profile, channel, latency/energy/cost, perception radius), {@code edge} (placement and spatial
 * index), {@code trace} (the Porto CSV reader), {@code mobility} (the {@code porto-trace} and
 * {@code random-waypoint} plug-ins), {@code scenario} (data for {@code foci scenario}).
 */
package org.foci.env;
