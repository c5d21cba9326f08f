/**
 * The contract test kit ({@code org.foci:foci-testkit}): abstract JUnit 5 test classes every
 * implementation of an SPI extends ({@link org.foci.testkit.AllocatorContract},
 * {@link org.foci.testkit.AugmenterContract}, {@link org.foci.testkit.AgentContract},
 * {@link org.foci.testkit.EnvironmentContract}, {@link org.foci.testkit.MobilityContract}), fixtures
 * ({@link org.foci.testkit.SceneFixture}) and a reference allocator
 * ({@link org.foci.testkit.ReferenceGreedyMaxMin}). The module brings JUnit Jupiter's API and AssertJ
 * itself; a test run needs a JUnit engine ({@code junit-jupiter} or {@code junit-jupiter-engine}).
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.foci</groupId>
 *   <artifactId>foci-testkit</artifactId>
 *   <version>0.2.0</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <pre>{@code
 * class MyAllocatorTest extends AllocatorContract {
 *     @Override protected Allocator allocator() { return new MyAllocator(); }
 * }
 * }</pre>
 */
package org.foci.testkit;
