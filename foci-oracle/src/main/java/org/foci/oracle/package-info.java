/**
 * SM allocators: the max-min fairness oracle and runtime policies (MODEL.md §8, docs/oracle.md).
 *
 * <p>Every allocator splits an edge's L SMs among its admitted devices, whose cost with l SMs is
 * {@code c_m(l) = R_c^m + R_f^m / l} (lower is better; the paper's reward is −c), hands out all L,
 * gives each device at least 1, and is deterministic and thread-safe:
 * <ul>
 *   <li>{@link org.foci.oracle.IplsMinRiskAllocator} ({@code ipls-minrisk}): the paper's Algorithm 1,
 *       interval-partition relaxation and min-risk rounding; its worst cost is the integer optimum;</li>
 *   <li>{@link org.foci.oracle.MaxMinExactAllocator} ({@code maxmin-exact}): the exact integer optimum,
 *       the reference;</li>
 *   <li>{@link org.foci.oracle.EqualShareAllocator} ({@code equal-share}) and
 *       {@link org.foci.oracle.ProportionalAllocator} ({@code proportional}): runtime policies.</li>
 * </ul>
 * Each has a provider registered for {@link java.util.ServiceLoader}. {@link org.foci.oracle.OracleGapStudy}
 * measures any allocator's distance from the optimum on seeded random instances.
 *
 * <p>The module depends on {@code foci-api} only and can be used alone as a library; the paper's oracle is
 * one line:
 * <pre>{@code
 * Allocation a = new IplsMinRiskAllocator().allocate(new AllocationRequest(new double[] {0.8, 0.5}, new double[] {1.9, 6.0}, 24));
 * }</pre>
 * On the allocation-free hot path, with arrays you reuse:
 * <pre>{@code
 * Allocator oracle = new MaxMinExactAllocator();
 * int[] sms = new int[3];
 * double worst = oracle.allocate(new double[] {0.8, 1.1, 0.5}, new double[] {1.9, 6.0, 3.2}, 3, 24, sms);
 * }</pre>
 */
package org.foci.oracle;
