package org.foci.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.CostModel;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;
import org.foci.api.env.ViewSource;

/**
 * A hand-built {@link Scene} for tests of augmenters and model-based agents: devices and edges at
 * chosen positions, chosen previous actions and edge records, and a {@link CostModel} given as a
 * function. As a {@link ViewSource} it offers itself as both views, as an environment would.
 *
 * <pre>{@code
 * Scene scene = SceneFixture.builder(3, 2, 4)
 *         .perceptionRadiusM(300)
 *         .edge(0, 0, 0).edge(1, 1000, 0)
 *         .device(0, 10, 0, 0).device(1, 990, 0, 5).device(2, 500, 500, 0)
 *         .build();
 * }</pre>
 *
 * <p>Immutable once built; {@link #toBuilder()} starts a modified copy.
 */
public final class SceneFixture implements Scene, CostModel, ViewSource {

    /** The cost a fixture reports for {@link CostModel#predictedCost}. */
    @FunctionalInterface
    public interface Costs {
        /** Predicted cost of device {@code m} taking {@code action} with {@code sms} SMs. */
        double cost(int device, int action, int sms);
    }

    private final EnvironmentSpec spec;
    private final int step;
    private final double perceptionRadiusM;
    private final double[] deviceX;
    private final double[] deviceY;
    private final int[] previousAction;
    private final double[] edgeX;
    private final double[] edgeY;
    private final double[] records;
    private final int[] loads;
    private final Costs costModel;

    private SceneFixture(Builder b) {
        spec = new EnvironmentSpec(b.devices, b.edges, b.layers, b.sms, 0, b.stepsPerEpisode, 15.0);
        step = b.step;
        perceptionRadiusM = b.perceptionRadiusM;
        deviceX = b.deviceX.clone();
        deviceY = b.deviceY.clone();
        previousAction = b.previousAction.clone();
        edgeX = b.edgeX.clone();
        edgeY = b.edgeY.clone();
        records = b.records.clone();
        loads = b.loads.clone();
        costModel = b.costModel;
    }

    /** Starts a scene of {@code devices} devices, {@code edges} edges and {@code layers} partition points. */
    public static Builder builder(int devices, int edges, int layers) {
        return new Builder(devices, edges, layers);
    }

    /** A builder holding this scene's values. */
    public Builder toBuilder() {
        Builder b = new Builder(spec.deviceCount(), spec.edgeCount(), spec.layerCount());
        b.sms = spec.smsPerEdge();
        b.stepsPerEpisode = spec.stepsPerEpisode();
        b.step = step;
        b.perceptionRadiusM = perceptionRadiusM;
        b.deviceX = deviceX.clone();
        b.deviceY = deviceY.clone();
        b.previousAction = previousAction.clone();
        b.edgeX = edgeX.clone();
        b.edgeY = edgeY.clone();
        b.records = records.clone();
        b.loads = loads.clone();
        b.costModel = costModel;
        return b;
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public double perceptionRadiusM() {
        return perceptionRadiusM;
    }

    @Override
    public double deviceXM(int device) {
        return deviceX[device];
    }

    @Override
    public double deviceYM(int device) {
        return deviceY[device];
    }

    @Override
    public double edgeXM(int edge) {
        return edgeX[edge];
    }

    @Override
    public double edgeYM(int edge) {
        return edgeY[edge];
    }

    @Override
    public int previousAction(int device) {
        return previousAction[device];
    }

    @Override
    public double edgeRecord(int edge, int partition) {
        return records[edge * spec.layerCount() + partition];
    }

    @Override
    public int edgeLoad(int edge) {
        return loads[edge];
    }

    @Override
    public int edgesInRange(int device, int[] edgesOut) {
        int count = 0;
        for (int n = 0; n < spec.edgeCount(); n++) {
            if (Math.hypot(deviceX[device] - edgeX[n], deviceY[device] - edgeY[n]) <= perceptionRadiusM) {
                edgesOut[count++] = n;
            }
        }
        return count;
    }

    @Override
    public double predictedCost(int device, int action, int sms) {
        return costModel.cost(device, action, sms);
    }

    @Override
    public <V> Optional<V> view(Class<V> type) {
        return type == Scene.class || type == CostModel.class ? Optional.of(type.cast(this)) : Optional.empty();
    }

    /**
     * The action mask this scene implies: local always, an edge's actions when the edge is within
     * r_p. Row-major, M × |A|.
     */
    public boolean[] actionMask() {
        ActionSpace space = spec.actionSpace();
        boolean[] mask = new boolean[spec.deviceCount() * space.size()];
        int[] inRange = new int[spec.edgeCount()];
        for (int m = 0; m < spec.deviceCount(); m++) {
            int row = m * space.size();
            mask[row + ActionSpace.LOCAL] = true;
            int count = edgesInRange(m, inRange);
            for (int i = 0; i < count; i++) {
                for (int k = 0; k < spec.layerCount(); k++) {
                    mask[row + space.encode(inRange[i], k)] = true;
                }
            }
        }
        return mask;
    }

    /** Builds {@link SceneFixture}s. Positions default to the origin, actions to local, records to 0. */
    public static final class Builder {
        private final int devices;
        private final int edges;
        private final int layers;
        private int sms = 24;
        private int stepsPerEpisode = 240;
        private int step;
        private double perceptionRadiusM = 320;
        private double[] deviceX;
        private double[] deviceY;
        private int[] previousAction;
        private double[] edgeX;
        private double[] edgeY;
        private double[] records;
        private int[] loads;
        private Costs costModel = (m, a, l) -> a == ActionSpace.LOCAL ? 1.0 : 0.5 + 1.0 / l;

        private Builder(int devices, int edges, int layers) {
            this.devices = devices;
            this.edges = edges;
            this.layers = layers;
            deviceX = new double[devices];
            deviceY = new double[devices];
            previousAction = new int[devices];
            edgeX = new double[edges];
            edgeY = new double[edges];
            records = new double[edges * layers];
            loads = new int[edges];
        }

        /** SMs per edge L (default 24). */
        public Builder sms(int sms) {
            this.sms = sms;
            return this;
        }

        /** The step counter t (default 0). */
        public Builder step(int step) {
            this.step = step;
            return this;
        }

        /** r_p in metres (default 320). */
        public Builder perceptionRadiusM(double radiusM) {
            this.perceptionRadiusM = radiusM;
            return this;
        }

        /** Places device m and sets the action it took at the previous step. */
        public Builder device(int device, double xM, double yM, int previousAction) {
            deviceX[device] = xM;
            deviceY[device] = yM;
            this.previousAction[device] = previousAction;
            return this;
        }

        /** Places edge n. */
        public Builder edge(int edge, double xM, double yM) {
            edgeX[edge] = xM;
            edgeY[edge] = yM;
            return this;
        }

        /** Sets {@code F^n_{t-1}[k]}. */
        public Builder record(int edge, int partition, double share) {
            records[edge * layers + partition] = share;
            return this;
        }

        /** Sets the devices edge n admitted at the previous step. */
        public Builder load(int edge, int devicesAdmitted) {
            loads[edge] = devicesAdmitted;
            return this;
        }

        /** Sets the cost model behind {@link CostModel#predictedCost}. */
        public Builder costModel(Costs model) {
            this.costModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /** The scene. */
        public SceneFixture build() {
            return new SceneFixture(this);
        }

        @Override
        public String toString() {
            return "SceneFixture.Builder[devices=" + devices + ", edges=" + edges + ", x=" + Arrays.toString(deviceX)
                    + "]";
        }
    }
}
