package org.foci.oracle;

import java.util.Objects;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * The paper's fairness oracle ({@code ipls-minrisk}, Appendix A, Algorithm 1): the continuous
 * relaxation solved on a geometric interval grid, then min-risk integer rounding.
 *
 * <h2>Steps (costs {@code c_m(l) = R_c^m + R_f^m / l}, lower is better; the paper's reward is −c)</h2>
 * <ol>
 *   <li>Bounds on the worst cost: {@code R̄^u = max_m c_m(1)} (one SM each, always feasible) and
 *       {@code R̄^l = max_m c_m(L - M + 1)} (no device can hold more than {@code L - M + 1} SMs).</li>
 *   <li>Grid {@code p_i = R̄^l (1 + ε)^i}, {@code i = 0..ϖ}, {@code ϖ = floor(log_{1+ε}(R̄^u / R̄^l))},
 *       with {@code R̄^u} appended as the last point so that some point is always feasible.</li>
 *   <li>Bisection on the index for the smallest feasible point {@code p*}, with the relaxation's test
 *       {@code Σ_m max(1, R_f^m / (p - R_c^m)) <= L}.</li>
 *   <li>Continuous solution {@code l̄^m = max(R_f^m / (p* - R_c^m), 1)}; start from its ceiling,
 *       computed in the arithmetic the costs are evaluated in (and at most {@code L - M + 1}).</li>
 *   <li>Rounding: while more than L SMs are out, take one back (never below 1) from the device chosen
 *       by the {@link Rounding} rule; while fewer are out, give one to the currently worst device
 *       (among those with {@code R_f > 0}; round robin if there is none).</li>
 * </ol>
 * Every place where the paper's pseudo-code is ambiguous or wrong, and the choice made here, is listed
 * in docs/oracle.md. With the default {@link Rounding#MIN_RISK} rule the result's worst cost equals
 * the integer optimum of {@link MaxMinExactAllocator} for every ε (proof in docs/oracle.md); ε then
 * only trades bisection steps against rounding steps.
 *
 * <p>Time {@code O(M log ϖ + (M + |ϑ|) log M)} with {@code ϑ} the SMs the rounding moves (about M/2
 * for a fine grid; a long hand-out after a coarse grid point jumps in bulk, at most about 64 passes
 * over the devices). Immutable and thread-safe; a call allocates at most two arrays of
 * {@code deviceCount} entries, and none on the trivial instances (one device, or {@code L = M}).
 */
public final class IplsMinRiskAllocator implements Allocator {

    /** The default tolerance (the paper gives none): adjacent grid levels differ by 0.1 %. */
    public static final double DEFAULT_EPSILON = 1e-3;

    /**
     * The bisection needs at most 64 probes whatever ε is: below double resolution a finer grid
     * cannot tell levels apart anyway.
     */
    private static final long MAX_GRID_STEPS = 1L << 62;

    /** Which device gives an SM back while the rounded solution holds more than L SMs. */
    public enum Rounding {
        /**
         * The device whose cost after giving one back, {@code c_m(l - 1)}, is lowest: the worst-case
         * reward drops least (the paper's "min-risk"; its "drop relative to the continuous solution"
         * {@code c_m(l - 1) - c_m(l̄) = c_m(l - 1) - p*} ranks devices the same way). Ties: lower index.
         */
        MIN_RISK {
            @Override
            double takeBackPriority(double fixedCost, double scalableCost, int sms) {
                return -SmSteps.cost(fixedCost, scalableCost, sms - 1);
            }
        },
        /**
         * The device whose own cost rises least, {@code c_m(l - 1) - c_m(l)}: the other literal reading
         * of the pseudo-code's {@code argmin}. It can push a device above the current worst cost while
         * a safer choice exists; kept to measure that reading. Ties: lower index.
         */
        LEAST_INCREASE {
            @Override
            double takeBackPriority(double fixedCost, double scalableCost, int sms) {
                return -(scalableCost / ((sms - 1.0) * sms));
            }
        };

        /** Higher gives back first; must not rise as the device's SMs fall. */
        abstract double takeBackPriority(double fixedCost, double scalableCost, int sms);
    }

    private final double epsilon;
    private final Rounding rounding;

    /** The defaults: ε = 10⁻³ and min-risk rounding. */
    public IplsMinRiskAllocator() {
        this(DEFAULT_EPSILON, Rounding.MIN_RISK);
    }

    /**
     * @param epsilon  grid tolerance ε, finite and {@code > 0}; adjacent levels differ by a factor
     *                 {@code 1 + ε}
     * @param rounding the take-back rule; never null
     * @throws IllegalArgumentException if {@code epsilon} is not finite and positive
     */
    public IplsMinRiskAllocator(double epsilon, Rounding rounding) {
        if (!(epsilon > 0) || epsilon == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("epsilon must be finite and > 0, but was " + epsilon);
        }
        this.epsilon = epsilon;
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    /** {@return the grid tolerance ε} */
    public double epsilon() {
        return epsilon;
    }

    /** {@return the take-back rule} */
    public Rounding rounding() {
        return rounding;
    }

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        AllocationRequest.validate(fixedCost, scalableCost, deviceCount, sms, allocation);
        if (deviceCount == 0) {
            return Double.NaN;
        }
        if (!SmSteps.allocateTrivially(deviceCount, sms, allocation)) {
            int cap = sms - deviceCount + 1;
            double upperBound = 0;
            double lowerBound = 0;
            for (int m = 0; m < deviceCount; m++) {
                upperBound = Math.max(upperBound, SmSteps.cost(fixedCost[m], scalableCost[m], 1));
                lowerBound = Math.max(lowerBound, SmSteps.cost(fixedCost[m], scalableCost[m], cap));
            }
            double level = smallestFeasibleGridLevel(fixedCost, scalableCost, deviceCount, sms, lowerBound,
                    upperBound);
            long handedOut = 0;
            for (int m = 0; m < deviceCount; m++) {
                allocation[m] = Math.min(SmSteps.smallestSufficient(fixedCost[m], scalableCost[m], level, cap), cap);
                handedOut += allocation[m];
            }
            if (handedOut > sms) {
                takeBack(fixedCost, scalableCost, deviceCount, allocation, handedOut - sms);
            } else {
                // The pseudo-code's loop only counts down; a coarse grid can leave SMs unassigned.
                SmSteps.handOut(SmSteps.Greedy.TO_WORST, fixedCost, scalableCost, deviceCount, allocation,
                        sms - handedOut);
            }
        }
        return Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
    }

    /**
     * Steps 2–14: the smallest point of the geometric grid over {@code [R̄^l, R̄^u]} that passes the
     * relaxation's feasibility test, found by bisection on the index. Feasibility only falls as the
     * level falls, so the bisection is exact on the grid.
     */
    private double smallestFeasibleGridLevel(double[] fixedCost, double[] scalableCost, int deviceCount, int sms,
                                             double lowerBound, double upperBound) {
        if (!(upperBound > lowerBound)) {
            return upperBound;
        }
        // A zero lower bound (every cost 0 at L - M + 1 SMs, or an underflow) has no logarithm.
        double base = lowerBound > 0 ? lowerBound : Double.MIN_VALUE;
        double span = Math.log(upperBound) - Math.log(base);
        double ratioStep = Math.log1p(epsilon);
        double gridSteps = Math.floor(span / ratioStep);
        long lastGridIndex;
        double step;
        if (gridSteps < MAX_GRID_STEPS) {
            lastGridIndex = (long) gridSteps;
            step = ratioStep;
        } else {
            lastGridIndex = MAX_GRID_STEPS;
            step = span / MAX_GRID_STEPS;
        }
        // Index lastGridIndex + 1 is R̄^u itself, where one SM each is feasible, so it needs no test.
        long infeasibleBelow = 0;
        long feasible = lastGridIndex + 1;
        while (infeasibleBelow < feasible) {
            long middle = (infeasibleBelow + feasible) >>> 1;
            if (fits(fixedCost, scalableCost, deviceCount, sms, gridLevel(base, step, middle, lastGridIndex,
                    upperBound))) {
                feasible = middle;
            } else {
                infeasibleBelow = middle + 1;
            }
        }
        return gridLevel(base, step, feasible, lastGridIndex, upperBound);
    }

    private static double gridLevel(double base, double step, long index, long lastGridIndex, double upperBound) {
        return index > lastGridIndex ? upperBound : Math.min(upperBound, base * Math.exp(index * step));
    }

    /**
     * The relaxation's feasibility test: the real SMs each device needs to reach {@code level}, at
     * least 1 each (the paper's test omits the 1, which its own Step 10 then imposes), fit into L.
     */
    private static boolean fits(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, double level) {
        double relaxedSms = 0;
        for (int m = 0; m < deviceCount; m++) {
            if (scalableCost[m] > 0) {
                double headroom = level - fixedCost[m];
                if (!(headroom > 0)) {
                    return false;
                }
                relaxedSms += Math.max(1, scalableCost[m] / headroom);
            } else {
                if (fixedCost[m] > level) {
                    return false;
                }
                relaxedSms += 1;
            }
            if (relaxedSms > sms) {
                return false;
            }
        }
        return true;
    }

    /** Steps 16–22: gives back {@code count} SMs one at a time, never leaving a device below 1. */
    private void takeBack(double[] fixedCost, double[] scalableCost, int deviceCount, int[] allocation, long count) {
        DeviceHeap heap = new DeviceHeap(deviceCount, null);
        for (int m = 0; m < deviceCount; m++) {
            if (allocation[m] > 1) {
                heap.add(m, rounding.takeBackPriority(fixedCost[m], scalableCost[m], allocation[m]));
            }
        }
        heap.heapify();
        // count <= Σ (l - 1) because Σ l - L <= Σ l - M, so the heap never runs dry.
        for (long k = 0; k < count; k++) {
            int m = heap.top();
            allocation[m]--;
            if (allocation[m] == 1) {
                heap.removeTop();
            } else {
                heap.lowerTop(rounding.takeBackPriority(fixedCost[m], scalableCost[m], allocation[m]));
            }
        }
    }

    @Override
    public String toString() {
        return "IplsMinRiskAllocator[epsilon=" + epsilon + ", rounding=" + rounding + "]";
    }
}
