/**
 * The learner's numerics as part of a result: which OpenBLAS kernel computes its matrix products
 * ({@link org.foci.agents.numerics.BlasRuntime}), on which CPU ({@link org.foci.agents.numerics.CpuInfo}),
 * in which mode ({@link org.foci.agents.numerics.BlasMode}). Portable mode pins one kernel so that a seed
 * gives the same bits on every x86-64 CPU with AVX2 and FMA (docs/architecture.md, "Determinism").
 */
package org.foci.agents.numerics;
