/**
 * The contract test kit: abstract JUnit 5 test classes every implementation of an SPI extends
 * ({@link org.foci.api.testkit.AllocatorContract}, {@link org.foci.api.testkit.AugmenterContract},
 * {@link org.foci.api.testkit.AgentContract}, {@link org.foci.api.testkit.EnvironmentContract},
 * {@link org.foci.api.testkit.MobilityContract}) and fixtures ({@link org.foci.api.testkit.SceneFixture}).
 * Shipped as the {@code foci-api} test-jar.
 */
package org.foci.api.testkit;
