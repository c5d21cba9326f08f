/**
 * The configuration of the {@code m2m-ci} environment: one record per parameter group of MODEL.md,
 * each component a validated {@link org.foci.api.SettingKey} with the MODEL.md default, gathered by
 * {@link org.foci.env.config.EnvironmentConfig}.
 */
package org.foci.env.config;
