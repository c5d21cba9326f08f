package org.foci.experiments.run;

import org.foci.api.allocation.Allocator;

/**
 * An allocator that measures the time spent in it: the oracle's share of a run's wall time.
 * Confined to one run's thread, like the environment that calls it.
 */
public final class TimedAllocator implements Allocator {

    private final Allocator delegate;
    private long nanos;
    private long calls;

    TimedAllocator(Allocator delegate) {
        this.delegate = delegate;
    }

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        long start = System.nanoTime();
        try {
            return delegate.allocate(fixedCost, scalableCost, deviceCount, sms, allocation);
        } finally {
            nanos += System.nanoTime() - start;
            calls++;
        }
    }

    /** The allocator timed. */
    public Allocator delegate() {
        return delegate;
    }

    /** Nanoseconds spent in the allocator so far. */
    public long nanos() {
        return nanos;
    }

    /** Calls so far. */
    public long calls() {
        return calls;
    }
}
