package org.foci.env.view;

import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;
import org.foci.env.devices.DeviceStates;
import org.foci.env.links.InRangeLinks;
import org.foci.env.serving.EdgeService;
import org.foci.env.serving.StepOutcomes;

/** The environment's {@link Scene} view of the current decision point, read from its parts. */
public final class M2mCiScene implements Scene {

    private final EnvironmentSpec spec;
    private final M2mCiBatch batch;
    private final DeviceStates devices;
    private final InRangeLinks links;
    private final EdgeService service;
    private final StepOutcomes outcomes;
    private final double[] edgeX;
    private final double[] edgeY;
    private final double perceptionRadiusM;

    /**
     * @param spec              the shape
     * @param batch             the episode's progress
     * @param devices           positions and previous actions
     * @param links             in-range edges
     * @param service           the edges' records
     * @param outcomes          the edges' loads
     * @param edgeX             edge positions, metres east
     * @param edgeY             edge positions, metres north
     * @param perceptionRadiusM r_p
     */
    public M2mCiScene(EnvironmentSpec spec, M2mCiBatch batch, DeviceStates devices, InRangeLinks links,
                      EdgeService service, StepOutcomes outcomes, double[] edgeX, double[] edgeY,
                      double perceptionRadiusM) {
        this.spec = spec;
        this.batch = batch;
        this.devices = devices;
        this.links = links;
        this.service = service;
        this.outcomes = outcomes;
        this.edgeX = edgeX;
        this.edgeY = edgeY;
        this.perceptionRadiusM = perceptionRadiusM;
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public int step() {
        return batch.step();
    }

    @Override
    public double perceptionRadiusM() {
        return perceptionRadiusM;
    }

    @Override
    public double deviceXM(int m) {
        requireStarted(batch);
        return devices.x()[checkDevice(spec, m)];
    }

    @Override
    public double deviceYM(int m) {
        requireStarted(batch);
        return devices.y()[checkDevice(spec, m)];
    }

    @Override
    public double edgeXM(int n) {
        return edgeX[checkEdge(n)];
    }

    @Override
    public double edgeYM(int n) {
        return edgeY[checkEdge(n)];
    }

    @Override
    public int previousAction(int m) {
        requireStarted(batch);
        return devices.previousAction()[checkDevice(spec, m)];
    }

    @Override
    public int previousEdge(int m) {
        requireStarted(batch);
        return devices.previousChosenEdge()[checkDevice(spec, m)];
    }

    @Override
    public int edgeInSlot(int m, int slot) {
        requireStarted(batch);
        if (slot < 0 || slot >= spec.slotCount()) {
            throw new IndexOutOfBoundsException("slot must be in [0, " + (spec.slotCount() - 1) + "], but was "
                    + slot);
        }
        return links.edgeInSlot(checkDevice(spec, m), slot);
    }

    @Override
    public int slotOfEdge(int m, int n) {
        requireStarted(batch);
        return links.slotOfEdge(checkDevice(spec, m), checkEdge(n));
    }

    @Override
    public double edgeRecord(int n, int k) {
        if (k < 0 || k >= spec.layerCount()) {
            throw new IndexOutOfBoundsException("partition must be in [0, " + (spec.layerCount() - 1) + "], but was "
                    + k);
        }
        return service.record(checkEdge(n), k);
    }

    @Override
    public int edgeLoad(int n) {
        return outcomes.load()[checkEdge(n)];
    }

    @Override
    public int edgesInRange(int m, int[] edgesOut) {
        requireStarted(batch);
        return links.copyInRange(checkDevice(spec, m), edgesOut);
    }

    static void requireStarted(M2mCiBatch batch) {
        if (!batch.started()) {
            throw new IllegalStateException("m2m-ci: there is no decision point before reset");
        }
    }

    static int checkDevice(EnvironmentSpec spec, int m) {
        if (m < 0 || m >= spec.deviceCount()) {
            throw new IndexOutOfBoundsException("device must be in [0, " + (spec.deviceCount() - 1) + "], but was "
                    + m);
        }
        return m;
    }

    private int checkEdge(int n) {
        if (n < 0 || n >= spec.edgeCount()) {
            throw new IndexOutOfBoundsException("edge must be in [0, " + (spec.edgeCount() - 1) + "], but was " + n);
        }
        return n;
    }
}
