package org.foci.env.edge;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.foci.api.env.PointSample;
import org.foci.api.random.SplitMix64;

/**
 * Places edges where devices go (MODEL.md §3): weighted k-means with k-means++ seeding over a
 * density sample, so that denser regions get denser edges.
 *
 * <p>The sample is first counted in square bins of side {@code binM}: each non-empty bin becomes
 * one weighted point (the mean of its points, weight = their number). This keeps the placement fast
 * for the 15 M fixes of the full Porto data and changes centroids by well under a bin. Then
 * k-means++ seeding (first centre with probability ∝ weight, then ∝ weight·D²) from a fixed seed
 * and Lloyd iterations until no assignment changes (or {@code maxIterations}). An emptied cluster
 * is moved to the weighted point farthest from its centre. Deterministic; stateless.
 */
public final class EdgePlacement {

    private EdgePlacement() {
    }

    /**
     * @param sample        where devices go; non-empty
     * @param edges         N, {@code >= 1}
     * @param seed          seed of the k-means++ seeding
     * @param maxIterations most Lloyd iterations, {@code >= 1}
     * @param binM          bin side, metres, {@code > 0}
     * @return {@code {x[], y[]}}: the N edge positions, metres
     * @throws IllegalArgumentException if the sample is empty or an argument is out of range
     */
    public static double[][] kMeans(PointSample sample, int edges, long seed, int maxIterations, double binM) {
        Objects.requireNonNull(sample, "sample");
        if (sample.size() == 0) {
            throw new IllegalArgumentException("the density sample is empty: there is nowhere to place edges");
        }
        if (edges < 1 || maxIterations < 1 || !(binM > 0)) {
            throw new IllegalArgumentException("edges and maxIterations must be >= 1 and binM > 0, but were " + edges
                    + ", " + maxIterations + " and " + binM);
        }
        double[][] binned = bin(sample, binM);
        double[] px = binned[0];
        double[] py = binned[1];
        double[] w = binned[2];
        int p = px.length;
        double[] cx = new double[edges];
        double[] cy = new double[edges];
        seedPlusPlus(px, py, w, cx, cy, new SplittableRandom(seed));

        int[] assign = new int[p];
        Arrays.fill(assign, -1);
        double[] sumX = new double[edges];
        double[] sumY = new double[edges];
        double[] sumW = new double[edges];
        double[] dist = new double[p];
        for (int iter = 0; iter < maxIterations; iter++) {
            boolean changed = false;
            for (int i = 0; i < p; i++) {
                int best = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int c = 0; c < edges; c++) {
                    double dx = px[i] - cx[c];
                    double dy = py[i] - cy[c];
                    double d = dx * dx + dy * dy;
                    if (d < bestD) {
                        bestD = d;
                        best = c;
                    }
                }
                dist[i] = bestD;
                if (assign[i] != best) {
                    assign[i] = best;
                    changed = true;
                }
            }
            if (!changed && iter > 0) {
                break;
            }
            Arrays.fill(sumX, 0);
            Arrays.fill(sumY, 0);
            Arrays.fill(sumW, 0);
            for (int i = 0; i < p; i++) {
                int c = assign[i];
                sumX[c] += w[i] * px[i];
                sumY[c] += w[i] * py[i];
                sumW[c] += w[i];
            }
            for (int c = 0; c < edges; c++) {
                if (sumW[c] > 0) {
                    cx[c] = sumX[c] / sumW[c];
                    cy[c] = sumY[c] / sumW[c];
                } else {
                    int far = 0;
                    for (int i = 1; i < p; i++) {
                        if (w[i] * dist[i] > w[far] * dist[far]) {
                            far = i;
                        }
                    }
                    cx[c] = px[far];
                    cy[c] = py[far];
                    dist[far] = 0;
                }
            }
        }
        return new double[][] {cx, cy};
    }

    private static void seedPlusPlus(double[] px, double[] py, double[] w, double[] cx, double[] cy,
                                     SplittableRandom random) {
        int p = px.length;
        int first = pick(w, null, random);
        cx[0] = px[first];
        cy[0] = py[first];
        double[] d2 = new double[p];
        for (int i = 0; i < p; i++) {
            double dx = px[i] - cx[0];
            double dy = py[i] - cy[0];
            d2[i] = dx * dx + dy * dy;
        }
        for (int c = 1; c < cx.length; c++) {
            int next = pick(w, d2, random);
            cx[c] = px[next];
            cy[c] = py[next];
            for (int i = 0; i < p; i++) {
                double dx = px[i] - cx[c];
                double dy = py[i] - cy[c];
                d2[i] = Math.min(d2[i], dx * dx + dy * dy);
            }
        }
    }

    /** An index with probability ∝ w[i]·d2[i] (or ∝ w[i] without d2); uniform by weight if all d2 are 0. */
    private static int pick(double[] w, double[] d2, SplittableRandom random) {
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            total += d2 == null ? w[i] : w[i] * d2[i];
        }
        if (!(total > 0)) {
            return d2 == null ? 0 : pick(w, null, random);
        }
        double target = random.nextDouble() * total;
        double acc = 0;
        for (int i = 0; i < w.length; i++) {
            acc += d2 == null ? w[i] : w[i] * d2[i];
            if (acc > target) {
                return i;
            }
        }
        for (int i = w.length - 1; i >= 0; i--) {
            if ((d2 == null ? w[i] : w[i] * d2[i]) > 0) {
                return i;
            }
        }
        return 0;
    }

    /** Counts points in bins: {@code {meanX[], meanY[], count[]}} of the non-empty bins, in first-seen order. */
    static double[][] bin(PointSample sample, double binM) {
        double[] xs = sample.xM();
        double[] ys = sample.yM();
        int n = xs.length;
        int capacity = Integer.highestOneBit(Math.max(16, Math.min(n, 1 << 24)) * 2);
        long[] keys = new long[capacity];
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        double[] sx = new double[Math.min(n, 1024)];
        double[] sy = new double[sx.length];
        double[] cnt = new double[sx.length];
        int bins = 0;
        for (int i = 0; i < n; i++) {
            long key = (((long) Math.floor(xs[i] / binM)) << 32)
                    ^ (((long) Math.floor(ys[i] / binM)) & 0xFFFFFFFFL);
            int mask = keys.length - 1;
            int h = (int) (SplitMix64.mix64(key) & mask);
            while (slots[h] >= 0 && keys[h] != key) {
                h = (h + 1) & mask;
            }
            int b = slots[h];
            if (b < 0) {
                if (bins == sx.length) {
                    int grown = sx.length * 2;
                    sx = Arrays.copyOf(sx, grown);
                    sy = Arrays.copyOf(sy, grown);
                    cnt = Arrays.copyOf(cnt, grown);
                }
                b = bins++;
                slots[h] = b;
                keys[h] = key;
                if (bins * 2 > keys.length) {
                    long[] oldKeys = keys;
                    int[] oldSlots = slots;
                    keys = new long[oldKeys.length * 2];
                    slots = new int[oldKeys.length * 2];
                    Arrays.fill(slots, -1);
                    int m2 = keys.length - 1;
                    for (int j = 0; j < oldKeys.length; j++) {
                        if (oldSlots[j] >= 0) {
                            int g = (int) (SplitMix64.mix64(oldKeys[j]) & m2);
                            while (slots[g] >= 0) {
                                g = (g + 1) & m2;
                            }
                            slots[g] = oldSlots[j];
                            keys[g] = oldKeys[j];
                        }
                    }
                }
            }
            sx[b] += xs[i];
            sy[b] += ys[i];
            cnt[b] += 1;
        }
        double[] mx = new double[bins];
        double[] my = new double[bins];
        double[] w = new double[bins];
        for (int b = 0; b < bins; b++) {
            mx[b] = sx[b] / cnt[b];
            my[b] = sy[b] / cnt[b];
            w[b] = cnt[b];
        }
        return new double[][] {mx, my, w};
    }
}
