package org.foci.env.view;

import org.foci.api.env.ActionSpace;
import org.foci.api.env.CostModel;
import org.foci.api.env.EnvironmentSpec;
import org.foci.env.devices.DeviceStates;
import org.foci.env.links.InRangeLinks;
import org.foci.env.links.LinkRates;
import org.foci.env.model.OffloadTerms;
import org.foci.env.model.QosModel;

/**
 * The environment's {@link CostModel} view: the cost a device would pay for an action at the current decision
 * point, by the charging path's own formula ({@link OffloadTerms}).
 */
public final class M2mCiCostModel implements CostModel {

    private final EnvironmentSpec spec;
    private final ActionSpace actions;
    private final M2mCiBatch batch;
    private final DeviceStates devices;
    private final InRangeLinks links;
    private final LinkRates rates;
    private final QosModel qos;

    /**
     * @param spec    the shape
     * @param batch   the episode's progress
     * @param devices frequencies and previous edges
     * @param links   the action slots' edges
     * @param rates   link rates
     * @param qos     latency, energy and cost functions
     */
    public M2mCiCostModel(EnvironmentSpec spec, M2mCiBatch batch, DeviceStates devices, InRangeLinks links,
                          LinkRates rates, QosModel qos) {
        this.spec = spec;
        this.actions = spec.actionSpace();
        this.batch = batch;
        this.devices = devices;
        this.links = links;
        this.rates = rates;
        this.qos = qos;
    }

    @Override
    public double predictedCost(int m, int action, int l) {
        M2mCiScene.requireStarted(batch);
        M2mCiScene.checkDevice(spec, m);
        if (!actions.contains(action)) {
            throw new IllegalArgumentException("action must be in [0, " + (spec.actionCount() - 1) + "], but was "
                    + action);
        }
        if (action != ActionSpace.LOCAL && (l < 1 || l > spec.smsPerEdge())) {
            throw new IllegalArgumentException("sms must be in [1, " + spec.smsPerEdge() + "], but was " + l);
        }
        double f = devices.frequency()[m];
        if (action == ActionSpace.LOCAL) {
            return qos.fullLocalCost(f);
        }
        int slot = actions.edgeOf(action);
        int n = links.edgeInSlot(m, slot);
        if (n < 0) {
            throw new IllegalArgumentException("action " + action + " names slot " + slot + " of device " + m
                    + ", which is empty at this decision point");
        }
        int k = actions.partitionOf(action);
        return OffloadTerms.of(qos, k, f, rates.rateBps(m, n), devices.handsOver(m, n)).costWithSms(qos, k, l);
    }
}
