package org.foci.agents.augment;

import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;

/**
 * A scene that fails on any read of a device's position, previous action or cost: what an augmenter
 * that respects the devices' privacy never needs. Edge positions, records, loads and
 * {@link Scene#edgesInRange} (each device's own computation) are allowed.
 */
final class GuardedScene implements Scene {

    private final Scene scene;

    GuardedScene(Scene scene) {
        this.scene = scene;
    }

    private static AssertionError forbidden(String what, int device) {
        return new AssertionError("read " + what + " of device " + device);
    }

    @Override
    public EnvironmentSpec spec() {
        return scene.spec();
    }

    @Override
    public int step() {
        return scene.step();
    }

    @Override
    public double perceptionRadiusM() {
        return scene.perceptionRadiusM();
    }

    @Override
    public double deviceXM(int device) {
        throw forbidden("the position", device);
    }

    @Override
    public double deviceYM(int device) {
        throw forbidden("the position", device);
    }

    @Override
    public double edgeXM(int edge) {
        return scene.edgeXM(edge);
    }

    @Override
    public double edgeYM(int edge) {
        return scene.edgeYM(edge);
    }

    @Override
    public int previousAction(int device) {
        throw forbidden("the previous action", device);
    }

    @Override
    public double edgeRecord(int edge, int partition) {
        return scene.edgeRecord(edge, partition);
    }

    @Override
    public int edgeLoad(int edge) {
        return scene.edgeLoad(edge);
    }

    @Override
    public int edgesInRange(int device, int[] edgesOut) {
        return scene.edgesInRange(device, edgesOut);
    }
}
