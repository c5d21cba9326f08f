/**
 * The FOCI service-provider interfaces and what they share: configuration
 * ({@link org.foci.api.Settings}, {@link org.foci.api.SettingKey}) and plug-in discovery
 * ({@link org.foci.api.PluginDiscovery}). Depends on the JDK only.
 *
 * <p>Sub-packages: {@code allocation} (SM allocators and the fairness oracle), {@code env} (the
 * simulator, mobility, scenes and batched step results), {@code agent} (agents and observation
 * augmenters), {@code random} (the SplitMix64 generator every module draws from).
 */
package org.foci.api;
