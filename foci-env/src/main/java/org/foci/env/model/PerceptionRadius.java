package org.foci.env.model;

/**
 * The perception radius r_p (paper §4.2, MODEL.md §6): the largest distance at which full
 * offloading ({@code k = 0}) to an idle edge ({@code l = L}) meets D^st at f = 1, found by
 * bisection on the channel model. Stateless.
 */
public final class PerceptionRadius {

    private static final double MAX_SEARCH_M = 1.0e8;

    private PerceptionRadius() {
    }

    /** Latency of full offloading to an idle edge at a distance, s. */
    public static double fullOffloadLatencyS(QosModel qos, ChannelModel channel, double distanceM) {
        return qos.localLatencyS(0, 1.0) + qos.txLatencyS(0, channel.rateBps(distanceM))
                + qos.edgeLatencyS(0, qos.sms());
    }

    /**
     * Solves for r_p.
     *
     * @return r_p in metres: 0 when even the best link (at the channel's minimum distance) misses
     *         D^st, so that no edge is ever reachable; otherwise the largest distance meeting D^st, to the
     *         last bit of a double (at most 10^8 m)
     */
    public static double solve(QosModel qos, ChannelModel channel) {
        double deadline = qos.deadlineS();
        double lo = channel.parameters().minDistanceM();
        if (fullOffloadLatencyS(qos, channel, lo) > deadline) {
            return 0.0;
        }
        double hi = 2 * lo;
        while (fullOffloadLatencyS(qos, channel, hi) <= deadline) {
            lo = hi;
            hi *= 2;
            if (hi > MAX_SEARCH_M) {
                return MAX_SEARCH_M;
            }
        }
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;   // lo and hi are adjacent doubles
            }
            if (fullOffloadLatencyS(qos, channel, mid) <= deadline) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
