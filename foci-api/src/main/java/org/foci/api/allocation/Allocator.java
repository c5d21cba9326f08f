package org.foci.api.allocation;

/**
 * Splits an edge's L streaming multiprocessors (SMs) among the devices it serves.
 *
 * <p>Device m has a cost that falls with its SMs l: {@code c_m(l) = R_c^m + R_f^m / l}, with
 * {@code R_c^m} the part that does not depend on the edge (local compute, radio, switch) and
 * {@code R_f^m} the edge's compute share (MODEL.md §7–8). An allocator chooses integers
 * {@code l^m >= 1} with {@code Σ l^m = L} (edges are "selfless": every SM is handed out). Fairness
 * oracles minimise the worst cost {@code max_m c_m(l^m)}; runtime allocators (equal share,
 * proportional) need not.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Every device gets at least 1 SM and all {@code sms} are handed out.</li>
 *   <li>Deterministic: the same input gives the same allocation. Devices are given in the edge's
 *       admission order, which an allocator may use to break ties.</li>
 *   <li>Invalid input (a negative or non-finite cost, {@code sms < deviceCount}) is rejected with
 *       an {@link IllegalArgumentException} naming the value; see
 *       {@link AllocationRequest#validate}.</li>
 *   <li>With {@code deviceCount == 0} nothing is written and the result is {@link Double#NaN}: the
 *       worst cost of nobody is undefined.</li>
 * </ul>
 *
 * <p>Implementations must be safe to call from several threads at once (keep no mutable state
 * across calls, or confine it per thread). The primitive method is the hot path (called per edge
 * per step) and should not allocate more than a few small arrays.
 */
public interface Allocator {

    /**
     * Allocates SMs.
     *
     * @param fixedCost    {@code R_c^m >= 0}, finite, for {@code m < deviceCount}; not modified
     * @param scalableCost {@code R_f^m >= 0}, finite, for {@code m < deviceCount}; not modified
     * @param deviceCount  number of devices, {@code 0 <= deviceCount <= sms}
     * @param sms          SMs to hand out, L {@code >= 1}
     * @param allocation   receives {@code l^m} in its first {@code deviceCount} entries
     * @return the worst cost {@code max_m R_c^m + R_f^m / l^m} of the allocation written, or NaN
     *         when {@code deviceCount == 0}
     * @throws IllegalArgumentException on invalid input, naming the offending value
     */
    double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation);

    /**
     * Allocates SMs for a request object (convenient, allocates).
     *
     * @param request the instance; never null
     * @return the allocation and its worst cost
     */
    default Allocation allocate(AllocationRequest request) {
        int[] allocation = new int[request.deviceCount()];
        double worst = allocate(request.fixedCost(), request.scalableCost(), request.deviceCount(), request.sms(),
                allocation);
        return new Allocation(allocation, worst);
    }

    /**
     * The worst cost {@code max_m R_c^m + R_f^m / l^m} of an allocation, or NaN with no device.
     *
     * @param fixedCost    {@code R_c^m} for {@code m < deviceCount}
     * @param scalableCost {@code R_f^m} for {@code m < deviceCount}
     * @param allocation   {@code l^m} for {@code m < deviceCount}
     * @param deviceCount  number of devices
     * @return the worst cost, or NaN when {@code deviceCount == 0}
     * @throws IllegalArgumentException if some {@code l^m < 1}
     */
    static double worstCost(double[] fixedCost, double[] scalableCost, int[] allocation, int deviceCount) {
        double worst = Double.NaN;
        for (int m = 0; m < deviceCount; m++) {
            if (allocation[m] < 1) {
                throw new IllegalArgumentException("allocation[" + m + "] must be >= 1, but was " + allocation[m]);
            }
            double cost = fixedCost[m] + scalableCost[m] / allocation[m];
            worst = m == 0 ? cost : Math.max(worst, cost);
        }
        return worst;
    }
}
