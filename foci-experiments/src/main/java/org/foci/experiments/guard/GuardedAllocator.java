package org.foci.experiments.guard;

import java.util.Locale;
import org.foci.api.allocation.Allocator;

/**
 * An allocator whose every answer is checked against the {@link Allocator} contract before the
 * environment uses it: each admitted device gets 1 to L SMs, all L are handed out, and the returned
 * worst cost is finite and is the worst cost of the allocation written. A breach, or an exception of
 * the allocator, becomes a {@link PluginFault} naming it and the step.
 *
 * <p>Every call checks the ranges, the sum and that the worst cost is finite (integer work, one pass);
 * recomputing the worst cost (a division per device) is the expensive part, done on every call with
 * {@code -Dfoci.checks=full} and on every {@value CheckLevel#SAMPLE_EVERY}th otherwise ({@link CheckLevel};
 * the costs are in docs/reliability.md). Reads only: the allocation and the returned value pass through
 * untouched, so results are the same bit for bit with or without the guard. Confined to one run's
 * thread, like the allocator's caller.
 */
public final class GuardedAllocator implements Allocator {

    /** Relative slack for the returned worst cost: the contract asks for it exactly. */
    private static final double TOLERANCE = 1e-9;

    private final Allocator delegate;
    private final PluginIdentity identity;
    private final RunPosition position;
    private final int sampleMask;
    private int calls;

    /** Checks {@code delegate}, known in messages as {@code identity}, at {@code position}. */
    public GuardedAllocator(Allocator delegate, PluginIdentity identity, RunPosition position) {
        this.delegate = delegate;
        this.identity = identity;
        this.position = position;
        this.sampleMask = CheckLevel.full() ? 0 : CheckLevel.SAMPLE_EVERY - 1;
    }

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        double returned;
        try {
            returned = delegate.allocate(fixedCost, scalableCost, deviceCount, sms, allocation);
        } catch (RuntimeException e) {
            throw fault("it threw " + e + " for " + deviceCount + " devices and " + sms + " SMs", e);
        }
        if (deviceCount == 0) {
            return returned;
        }
        long total = 0;
        for (int m = 0; m < deviceCount; m++) {
            int l = allocation[m];
            if (l < 1 || l > sms) {
                throw fault("it gave " + l + " SMs to device " + m + " of " + deviceCount
                        + "; every admitted device gets 1 to " + sms + " (the edge's L)", null);
            }
            total += l;
        }
        if (total != sms) {
            throw fault("it handed out " + total + " SMs of the edge's " + sms + " to " + deviceCount
                    + " devices; all L SMs must be handed out", null);
        }
        if (!Double.isFinite(returned)) {
            throw fault("it returned the worst cost " + returned + "; it must be the finite worst cost of the "
                    + "allocation it wrote", null);
        }
        if ((calls++ & sampleMask) == 0) {
            checkWorstCost(fixedCost, scalableCost, deviceCount, allocation, returned);
        }
        return returned;
    }

    private void checkWorstCost(double[] fixedCost, double[] scalableCost, int deviceCount, int[] allocation,
                                double returned) {
        double worst = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < deviceCount; m++) {
            worst = Math.max(worst, fixedCost[m] + scalableCost[m] / allocation[m]);
        }
        if (!(Math.abs(returned - worst) <= TOLERANCE * Math.max(1.0, Math.abs(worst)))) {
            throw fault(String.format(Locale.ROOT, "it returned the worst cost %s, but the worst cost of the "
                    + "allocation it wrote is %s (max over devices of R_c + R_f / l)", returned, worst), null);
        }
    }

    private PluginFault fault(String rule, Throwable cause) {
        return new PluginFault(identity.toString(), position.describe(), rule, cause);
    }
}
