package org.foci.oracle;

/**
 * A binary max-heap of device indices ranked by a per-device priority, for the one-SM-at-a-time
 * steps of the allocators (give to the worst device, take back from the least risky one, hand out
 * by largest drop or largest remainder).
 *
 * <p>Device {@code i} ranks before {@code j} when its priority is higher; on equal priorities, when
 * a tie-break array of SM counts is given, the device holding fewer SMs; then the lower index. So
 * every choice is deterministic, and a priority of {@link Double#NEGATIVE_INFINITY} shared by all
 * devices turns the heap into a round robin.
 *
 * <p>Only the top's priority changes between steps, and it may only fall (giving an SM lowers a
 * device's cost and its next drop; taking one back raises its next cost), so one sift-down per step
 * keeps the order and no position index is needed. Not thread-safe: one instance per call.
 */
final class DeviceHeap {

    private final int[] heap;
    private final double[] priority;
    private final int[] smsTieBreak;
    private int size;

    /**
     * @param deviceCount the largest device index + 1
     * @param smsTieBreak SMs per device, read live to rank fewer-SM devices first on ties; or null to
     *                    break ties by index only
     */
    DeviceHeap(int deviceCount, int[] smsTieBreak) {
        this.heap = new int[deviceCount];
        this.priority = new double[deviceCount];
        this.smsTieBreak = smsTieBreak;
    }

    /** Adds a device without restoring the heap order; call {@link #heapify()} after the last add. */
    void add(int device, double devicePriority) {
        priority[device] = devicePriority;
        heap[size++] = device;
    }

    /** Restores the heap order after {@link #add} calls, in linear time. */
    void heapify() {
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The first device in rank order; the heap must not be empty. */
    int top() {
        return heap[0];
    }

    /**
     * Lowers the top device's priority (or keeps it) and restores the order. Must be called after any
     * change to the top device's SM count when a tie-break array is used.
     */
    void lowerTop(double newPriority) {
        priority[heap[0]] = newPriority;
        siftDown(0);
    }

    /** Removes the top device. */
    void removeTop() {
        heap[0] = heap[--size];
        if (size > 0) {
            siftDown(0);
        }
    }

    private void siftDown(int position) {
        int device = heap[position];
        int half = size >>> 1;
        while (position < half) {
            int child = 2 * position + 1;
            int right = child + 1;
            if (right < size && ranksBefore(heap[right], heap[child])) {
                child = right;
            }
            if (!ranksBefore(heap[child], device)) {
                break;
            }
            heap[position] = heap[child];
            position = child;
        }
        heap[position] = device;
    }

    private boolean ranksBefore(int i, int j) {
        double pi = priority[i];
        double pj = priority[j];
        if (pi != pj) {
            return pi > pj;
        }
        if (smsTieBreak != null && smsTieBreak[i] != smsTieBreak[j]) {
            return smsTieBreak[i] < smsTieBreak[j];
        }
        return i < j;
    }
}
