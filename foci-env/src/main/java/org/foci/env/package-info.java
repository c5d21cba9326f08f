/**
 * The M2M collaborative-inference simulator (MODEL.md §1–9): the {@code m2m-ci}
 * {@link org.foci.api.env.EnvironmentProvider} and its {@link org.foci.env.M2mCiEnvironment}.
 *
 * <p>Sub-packages: {@code config} (every constant as a validated setting), {@code model} (layer
 * profile, channel, latency/energy/cost, perception radius), {@code edge} (placement and spatial
 * index), {@code trace} (the Porto CSV reader), {@code mobility} (the {@code porto-trace} and
 * {@code random-waypoint} plug-ins), {@code scenario} (data for {@code foci scenario}).
 *
 * <p>Used alone as a library, {@link org.foci.env.M2mCi} builds the environment from the command line's
 * settings in one line (area, Porto-trace mobility, runtime allocator and fairness oracle chosen by name;
 * the allocators come from {@code org.foci:foci-oracle}, which must be on the class path too):
 * <pre>{@code
 * Environment env = M2mCi.environment(Settings.of("env.devices", 24, "env.edges", 3, "env.episodeSeconds", 300));
 * StepBatch batch = env.reset(42, Split.TRAIN);
 * while (!batch.truncated()) {
 *     batch = env.step(new int[env.spec().deviceCount()]);      // every device runs locally
 * }
 * }</pre>
 */
package org.foci.env;
