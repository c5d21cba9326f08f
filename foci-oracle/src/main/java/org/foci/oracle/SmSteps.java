package org.foci.oracle;

import java.util.Arrays;

/**
 * The steps the allocators share: the trivial instances, the fewest SMs that bring a device to a
 * cost level, and handing out SMs one at a time by a greedy rule.
 *
 * <p>Costs are evaluated exactly as {@link org.foci.api.allocation.Allocator#worstCost} does,
 * {@code fixedCost + scalableCost / sms} in double arithmetic, so that every comparison an allocator
 * makes agrees bit for bit with the worst cost it reports. That expression never rises when the SMs
 * grow (division and addition round monotonically), which is all the greedy arguments need.
 *
 * <p>Stateless; the methods allocate at most one {@link DeviceHeap} per call.
 */
final class SmSteps {

    /**
     * Beyond this many SMs per device to hand out, the greedy first jumps over the SMs it would
     * certainly give ({@link #takeSlotsAbove}): about 64 passes over the devices instead of
     * {@code count log M} heap steps.
     */
    private static final int BULK_SMS_PER_DEVICE = 32;

    /**
     * Who gets the next SM. A device's successive SMs ("slots") have values that never rise, and the
     * greedy takes slots in falling order of value, so it gives device m its {@code (l+1)}-th SM when
     * {@code value(l)} is the highest among the devices' next slots.
     */
    enum Greedy {
        /**
         * The device with the highest current cost {@code c(l) = R_c + R_f / l}; devices with
         * {@code R_f = 0} gain nothing and come last (round robin among them if nobody else is left).
         */
        TO_WORST {
            @Override
            double value(double fixedCost, double scalableCost, int sms) {
                return fixedCost + scalableCost / sms;
            }

            @Override
            double crossing(double fixedCost, double scalableCost, double threshold) {
                return scalableCost / (threshold - fixedCost);
            }

            @Override
            boolean gains(double scalableCost) {
                return scalableCost > 0;
            }
        },
        /** The device whose cost drops most with one more SM, {@code c(l) - c(l+1) = R_f / (l (l + 1))}. */
        LARGEST_DROP {
            @Override
            double value(double fixedCost, double scalableCost, int sms) {
                return scalableCost / (sms * (sms + 1.0));
            }

            @Override
            double crossing(double fixedCost, double scalableCost, double threshold) {
                return (Math.sqrt(1 + 4 * scalableCost / threshold) - 1) / 2;
            }

            @Override
            boolean gains(double scalableCost) {
                return true; // R_f = 0 gives value 0, below every positive drop: no special case needed
            }
        };

        /** The slot value at {@code sms} SMs; never rises with {@code sms}. */
        abstract double value(double fixedCost, double scalableCost, int sms);

        /** The real {@code l} at which the value equals {@code threshold} in exact arithmetic (a guess). */
        abstract double crossing(double fixedCost, double scalableCost, double threshold);

        /** Whether the device takes part by its value; if not it ranks below everybody. */
        abstract boolean gains(double scalableCost);

        /** Heap priority: the value, or −∞ for a device that gains nothing. */
        double priority(double fixedCost, double scalableCost, int sms) {
            return gains(scalableCost) ? value(fixedCost, scalableCost, sms) : Double.NEGATIVE_INFINITY;
        }
    }

    private SmSteps() {
    }

    /** Device cost {@code c(l) = R_c + R_f / l}, evaluated as the API's worst cost does. */
    static double cost(double fixedCost, double scalableCost, int sms) {
        return fixedCost + scalableCost / sms;
    }

    /**
     * Writes the only allocation there is when there is a single device (it gets every SM) or one SM
     * per device.
     *
     * @return whether the instance was trivial and {@code allocation} was written
     */
    static boolean allocateTrivially(int deviceCount, int sms, int[] allocation) {
        if (deviceCount == 1) {
            allocation[0] = sms;
            return true;
        }
        if (deviceCount == sms) {
            Arrays.fill(allocation, 0, deviceCount, 1);
            return true;
        }
        return false;
    }

    /**
     * Writes {@code floor(L / M)} SMs each and hands the remainder out one by one in the given order.
     * Requires {@code 1 <= M <= L}.
     */
    static void shareEqually(int deviceCount, int sms, int[] allocation) {
        int each = sms / deviceCount;
        int remainder = sms % deviceCount;
        for (int m = 0; m < deviceCount; m++) {
            allocation[m] = m < remainder ? each + 1 : each;
        }
    }

    /**
     * The fewest SMs {@code l} in {@code [1, cap]} with {@code c(l) <= level}, or {@code cap + 1} when
     * even {@code cap} SMs leave the device above the level. In exact arithmetic this is
     * {@code max(1, ceil(R_f / (level - R_c)))}; it is computed against the rounded cost itself so
     * that the ceiling never disagrees with the reported cost by one SM.
     */
    static int smallestSufficient(double fixedCost, double scalableCost, double level, int cap) {
        return firstAtOrBelow(Greedy.TO_WORST, fixedCost, scalableCost, level, 1, cap);
    }

    /**
     * The smallest {@code l} in {@code [from, to]} whose value is {@code <= threshold}, or {@code to + 1}
     * if there is none. Checks the exact-arithmetic crossing and its neighbour (right but for rounding),
     * and bisects only if both miss.
     */
    static int firstAtOrBelow(Greedy rule, double fixedCost, double scalableCost, double threshold, int from,
                              int to) {
        if (rule.value(fixedCost, scalableCost, from) <= threshold) {
            return from;
        }
        if (!(rule.value(fixedCost, scalableCost, to) <= threshold)) {
            return to + 1;
        }
        // Now from < answer <= to.
        double crossing = rule.crossing(fixedCost, scalableCost, threshold);
        int guess = crossing < to ? Math.max(from + 1, (int) Math.ceil(crossing)) : to;
        int above = from;
        int atOrBelow = to;
        if (rule.value(fixedCost, scalableCost, guess) <= threshold) {
            if (guess == from + 1 || !(rule.value(fixedCost, scalableCost, guess - 1) <= threshold)) {
                return guess;
            }
            atOrBelow = guess - 1;
        } else {
            if (rule.value(fixedCost, scalableCost, guess + 1) <= threshold) {
                return guess + 1;
            }
            above = guess + 1;
        }
        while (atOrBelow - above > 1) {
            int middle = (above + atOrBelow) >>> 1;
            if (rule.value(fixedCost, scalableCost, middle) <= threshold) {
                atOrBelow = middle;
            } else {
                above = middle;
            }
        }
        return atOrBelow;
    }

    /**
     * Hands out {@code count} SMs one at a time by {@code rule}; ties go to the device with fewer SMs,
     * then to the lower index, so devices that tie throughout (for example all with {@code R_f = 0})
     * share round robin.
     *
     * <p>{@link Greedy#TO_WORST}, started from an allocation at or below some max-min optimal one device
     * by device, ends at a max-min optimal allocation. {@link Greedy#LARGEST_DROP} minimises the total
     * cost {@code Σ c_m} over all allocations at or above its start (the drops shrink with l). Proofs in
     * docs/oracle.md.
     *
     * <p>Time {@code O(M + count log M)}, or {@code O(64 M + M log M)} when {@code count} exceeds
     * {@value #BULK_SMS_PER_DEVICE} per device (same result).
     */
    static void handOut(Greedy rule, double[] fixedCost, double[] scalableCost, int deviceCount, int[] allocation,
                        long count) {
        long left = count;
        if (left > (long) BULK_SMS_PER_DEVICE * deviceCount) {
            left = takeSlotsAbove(rule, fixedCost, scalableCost, deviceCount, allocation, left);
        }
        handOutOneByOne(rule, fixedCost, scalableCost, deviceCount, allocation, left);
    }

    /** {@link #handOut} without the bulk jump: {@code count} heap steps (the reference for tests). */
    static void handOutOneByOne(Greedy rule, double[] fixedCost, double[] scalableCost, int deviceCount,
                                int[] allocation, long count) {
        if (count <= 0) {
            return;
        }
        DeviceHeap heap = new DeviceHeap(deviceCount, allocation);
        for (int m = 0; m < deviceCount; m++) {
            heap.add(m, rule.priority(fixedCost[m], scalableCost[m], allocation[m]));
        }
        heap.heapify();
        for (long k = 0; k < count; k++) {
            int m = heap.top();
            allocation[m]++;
            heap.lowerTop(rule.priority(fixedCost[m], scalableCost[m], allocation[m]));
        }
    }

    /**
     * Gives at once the SMs the greedy would certainly give first: every slot whose value is above the
     * lowest threshold {@code θ >= 0} with at most {@code count} slots above it. The greedy takes slots
     * in falling order of value, so it takes exactly these before any other, in whatever order; the
     * final allocation is the same. When every slot left is tied (all values 0, or no device gains
     * anything), the rest is the heap's round robin, done in bulk too.
     *
     * @return the SMs still to hand out
     */
    private static long takeSlotsAbove(Greedy rule, double[] fixedCost, double[] scalableCost, int deviceCount,
                                       int[] allocation, long count) {
        double highest = 0;
        boolean anyGains = false;
        for (int m = 0; m < deviceCount; m++) {
            if (rule.gains(scalableCost[m])) {
                anyGains = true;
                highest = Math.max(highest, rule.value(fixedCost[m], scalableCost[m], allocation[m]));
            }
        }
        if (!anyGains) {
            shareRoundRobin(deviceCount, allocation, count);
            return 0;
        }
        double threshold;
        if (slotsAbove(rule, fixedCost, scalableCost, deviceCount, allocation, 0.0, count) <= count) {
            threshold = 0.0;
        } else {
            // Bisection on the bit patterns of non-negative doubles, which sort like the doubles.
            long above = 0; // bits of 0.0: too many slots above it
            long atMost = Double.doubleToRawLongBits(highest); // no slot above the highest value
            while (atMost - above > 1) {
                long middle = (above + atMost) >>> 1;
                if (slotsAbove(rule, fixedCost, scalableCost, deviceCount, allocation,
                        Double.longBitsToDouble(middle), count) <= count) {
                    atMost = middle;
                } else {
                    above = middle;
                }
            }
            threshold = Double.longBitsToDouble(atMost);
        }
        long left = count;
        for (int m = 0; m < deviceCount; m++) {
            if (rule.gains(scalableCost[m])) {
                int from = allocation[m];
                allocation[m] = firstAtOrBelow(rule, fixedCost[m], scalableCost[m], threshold, from,
                        lastSlot(from, count));
                left -= allocation[m] - from;
            }
        }
        if (threshold == 0.0 && rule == Greedy.LARGEST_DROP) {
            // Every next drop is now 0: the heap would go round robin.
            shareRoundRobin(deviceCount, allocation, left);
            return 0;
        }
        return left;
    }

    /** How many slots lie above {@code threshold}, counting at most {@code limit + 1} per device. */
    private static long slotsAbove(Greedy rule, double[] fixedCost, double[] scalableCost, int deviceCount,
                                   int[] allocation, double threshold, long limit) {
        long slots = 0;
        for (int m = 0; m < deviceCount; m++) {
            if (rule.gains(scalableCost[m])) {
                int from = allocation[m];
                slots += firstAtOrBelow(rule, fixedCost[m], scalableCost[m], threshold, from, lastSlot(from, limit))
                        - from;
            }
        }
        return slots;
    }

    private static int lastSlot(int from, long limit) {
        return (int) Math.min(Integer.MAX_VALUE - 1L, from + limit);
    }

    /**
     * The heap's order when all priorities tie: the device with the fewest SMs, then the lower index.
     * Raises the lowest devices to a common level h (the highest the SMs allow), then gives one more to
     * devices at h in index order.
     */
    private static void shareRoundRobin(int deviceCount, int[] allocation, long count) {
        int lowest = Integer.MAX_VALUE;
        for (int m = 0; m < deviceCount; m++) {
            lowest = Math.min(lowest, allocation[m]);
        }
        long reachable = lowest;
        long unreachable = lowest + count + 1;
        while (unreachable - reachable > 1) {
            long level = (reachable + unreachable) >>> 1;
            if (raiseCost(deviceCount, allocation, level) <= count) {
                reachable = level;
            } else {
                unreachable = level;
            }
        }
        long left = count - raiseCost(deviceCount, allocation, reachable);
        for (int m = 0; m < deviceCount; m++) {
            allocation[m] = (int) Math.max(allocation[m], reachable);
        }
        for (int m = 0; m < deviceCount && left > 0; m++) {
            if (allocation[m] == reachable) {
                allocation[m]++;
                left--;
            }
        }
    }

    private static long raiseCost(int deviceCount, int[] allocation, long level) {
        long needed = 0;
        for (int m = 0; m < deviceCount; m++) {
            needed += Math.max(0, level - allocation[m]);
        }
        return needed;
    }
}
