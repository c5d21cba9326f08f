package org.foci.env;

import org.foci.api.env.CostModel;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EdgeOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;
import org.foci.api.env.StepBatch;
import org.foci.env.serving.StepOutcomes;

/**
 * A test's window on one step of an {@code m2m-ci} environment: the core batch and every outcome view under one
 * name, both reward signals included. Live, like the views it reads: the next step overwrites it.
 */
final class Outcome {

    private final EnvironmentSpec spec;
    private final StepBatch batch;
    private final StepOutcomes outcomes;

    private Outcome(Environment env, StepBatch batch) {
        this.spec = env.spec();
        this.batch = batch;
        this.outcomes = (StepOutcomes) env.view(DeviceOutcomes.class).orElseThrow();
        if (env.view(EdgeOutcomes.class).orElseThrow() != outcomes) {
            throw new IllegalStateException("m2m-ci offers its device and edge outcomes as one object");
        }
    }

    static Outcome of(Environment env, StepBatch batch) {
        return new Outcome(env, batch);
    }

    static Scene scene(Environment env) {
        return env.view(Scene.class).orElseThrow();
    }

    static CostModel costModel(Environment env) {
        return env.view(CostModel.class).orElseThrow();
    }

    EnvironmentSpec spec() {
        return spec;
    }

    StepBatch batch() {
        return batch;
    }

    float[] observations() {
        return batch.observations();
    }

    boolean[] actionMask() {
        return batch.actionMask();
    }

    int step() {
        return batch.step();
    }

    boolean truncated() {
        return batch.truncated();
    }

    float[] qosReward() {
        return outcomes.qosReward();
    }

    float[] oracleReward() {
        return outcomes.oracleReward();
    }

    double[] cost() {
        return outcomes.cost();
    }

    double[] latencyS() {
        return outcomes.latencyS();
    }

    double[] energyJ() {
        return outcomes.energyJ();
    }

    boolean[] handover() {
        return outcomes.handover();
    }

    boolean[] deadlineMissed() {
        return outcomes.deadlineMissed();
    }

    boolean[] rejected() {
        return outcomes.rejected();
    }

    int[] servingEdge() {
        return outcomes.servingEdge();
    }

    int[] partition() {
        return outcomes.partition();
    }

    int[] sms() {
        return outcomes.sms();
    }

    int[] edgeLoad() {
        return outcomes.load();
    }

    double[] edgeOracleValue() {
        return outcomes.oracleValue();
    }
}
