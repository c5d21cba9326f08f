package org.foci.env.view;

import java.util.List;
import org.foci.api.env.RewardSignals;
import org.foci.api.env.StepBatch;
import org.foci.env.observation.DecisionPoint;
import org.foci.env.serving.StepOutcomes;

/**
 * The environment's {@link StepBatch} and its {@link RewardSignals}: the decision point's matrices, the
 * selected reward signal ({@value #OWN_QOS} by default, or {@value #ORACLE_VALUE}), and the episode's progress.
 * Not thread-safe.
 */
public final class M2mCiBatch implements StepBatch, RewardSignals {

    /** The device's own QoS reward {@code R^m = -c^m}. */
    public static final String OWN_QOS = "own-qos";
    /** The serving edge's oracle value {@code R_n^*}; the own QoS reward for a device that ran locally. */
    public static final String ORACLE_VALUE = "oracle-value";
    private static final List<String> SIGNALS = List.of(OWN_QOS, ORACLE_VALUE);

    private final DecisionPoint decisionPoint;
    private final StepOutcomes outcomes;
    private boolean oracleValue;
    private int step;
    private boolean truncated;
    private boolean started;

    /** A batch over the decision point's matrices and the step's outcomes. */
    public M2mCiBatch(DecisionPoint decisionPoint, StepOutcomes outcomes) {
        this.decisionPoint = decisionPoint;
        this.outcomes = outcomes;
    }

    /** Records the episode's progress after a reset or step. */
    public void progress(int step, boolean truncated) {
        this.step = step;
        this.truncated = truncated;
        this.started = true;
    }

    /** Whether an episode has started (a reset happened). */
    public boolean started() {
        return started;
    }

    @Override
    public float[] observations() {
        return decisionPoint.observations();
    }

    @Override
    public boolean[] actionMask() {
        return decisionPoint.mask();
    }

    @Override
    public float[] rewards() {
        return oracleValue ? outcomes.oracleReward() : outcomes.qosReward();
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }

    @Override
    public List<String> names() {
        return SIGNALS;
    }

    @Override
    public void select(String name) {
        if (!SIGNALS.contains(name)) {
            throw new IllegalArgumentException("unknown reward signal '" + name + "'; m2m-ci offers " + SIGNALS);
        }
        oracleValue = name.equals(ORACLE_VALUE);
    }

    @Override
    public String selected() {
        return oracleValue ? ORACLE_VALUE : OWN_QOS;
    }
}
