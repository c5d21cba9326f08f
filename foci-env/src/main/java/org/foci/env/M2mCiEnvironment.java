package org.foci.env;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.CostModel;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EdgeOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.InvalidActionException;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.OracleParticipants;
import org.foci.api.env.RewardSignals;
import org.foci.api.env.Scene;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.config.OracleSwitchCost;
import org.foci.env.devices.DeviceStates;
import org.foci.env.edge.EdgeGrid;
import org.foci.env.edge.EdgePlacement;
import org.foci.env.links.InRangeLinks;
import org.foci.env.links.LinkRates;
import org.foci.env.model.ChannelModel;
import org.foci.env.model.LayerProfile;
import org.foci.env.model.PerceptionRadius;
import org.foci.env.model.QosModel;
import org.foci.env.observation.DecisionPoint;
import org.foci.env.observation.ObservationLayout;
import org.foci.env.serving.EdgeService;
import org.foci.env.serving.StepOutcomes;
import org.foci.api.random.SplitMix64;
import org.foci.env.view.M2mCiBatch;
import org.foci.env.view.M2mCiCostModel;
import org.foci.env.view.M2mCiScene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-device, multi-edge collaborative-inference simulator of MODEL.md §1–9 ({@code m2m-ci}): the
 * orchestration of reset and step over its parts.
 *
 * <h2>One step</h2>
 * <ol>
 *   <li>Every action is checked first (count, range, mask); an invalid one raises
 *       {@link InvalidActionException} naming the device and leaves the state untouched.</li>
 *   <li>The {@link EdgeService} serves the requests: admission, the runtime allocator's SM split, costs,
 *       the edges' records and the oracle value ({@link StepOutcomes}).</li>
 *   <li>The {@link DeviceStates} close the step: batteries drain, the step is remembered, devices move.</li>
 *   <li>The {@link DecisionPoint} computes the next observations and masks, with the in-range edges of
 *       {@link InRangeLinks} and the rates of {@link LinkRates}.</li>
 * </ol>
 *
 * <h2>Views</h2>
 * Beyond the core batch ({@link StepBatch#rewards()}: the selected reward signal, own QoS by default), the
 * environment offers {@link Scene}, {@link CostModel}, {@link DeviceOutcomes}, {@link EdgeOutcomes},
 * {@link RewardSignals} ({@code own-qos}, {@code oracle-value}) and {@link OracleParticipants} through
 * {@link #view}. What {@code foci scenario} reports about it is {@link org.foci.env.scenario.Scenario}.
 *
 * <p>Determinism: the same configuration, components, seed, split and actions give bit-identical
 * batches. Not thread-safe.
 */
public final class M2mCiEnvironment implements Environment {

    private static final Logger LOG = LoggerFactory.getLogger(M2mCiEnvironment.class);

    private static final long STREAM_MOBILITY = 1;
    private static final long STREAM_BATTERY = 2;
    private static final long STREAM_ADMISSION = 3;
    private static final long STREAM_SHADOWING = 4;

    private final EnvironmentConfig config;
    private final ServiceArea area;
    private final MobilityModel mobility;
    private final EnvironmentSpec spec;
    private final QosModel qos;
    private final ChannelModel channel;
    private final double perceptionRadiusM;
    private final double[] edgeX;
    private final double[] edgeY;
    private final EdgeGrid grid;
    private final DeviceStates devices;
    private final LinkRates rates;
    private final InRangeLinks links;
    private final DecisionPoint decisionPoint;
    private final StepOutcomes outcomes;
    private final EdgeService service;
    private final M2mCiBatch batch;
    private final Map<Class<?>, Object> views;
    private final int[] slotOfAction;
    private final int[] partitionOfAction;
    private final int[] chosenEdge;
    private final int[] chosenPartition;
    private int step;

    /**
     * Builds the environment: places the edges, solves r_p, allocates every array.
     *
     * @param config     the configuration; never null
     * @param components area, mobility, and the {@code runtime} and {@code shaping} allocators; never null
     * @throws IllegalArgumentException when an allocator role is missing
     */
    public M2mCiEnvironment(EnvironmentConfig config, EnvironmentComponents components) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(components, "components");
        this.area = components.area();
        this.mobility = components.mobility();
        this.qos = new QosModel(config);
        this.channel = new ChannelModel(config.channel());
        int deviceCount = config.devices();
        int edgeCount = config.edges();
        int layers = qos.layerCount();
        int edgeSlots = config.edgeSlots();
        ObservationLayout layout = new ObservationLayout(edgeSlots > 0 ? edgeSlots : edgeCount);
        this.spec = new EnvironmentSpec(deviceCount, edgeCount, layers, config.edge().sms(), layout.size(),
                config.time().stepsPerEpisode(), config.time().stepSeconds(), edgeSlots);
        this.perceptionRadiusM = PerceptionRadius.solve(qos, channel);
        double[][] placed = placeEdges(config, mobility);
        this.edgeX = placed[0];
        this.edgeY = placed[1];
        this.grid = new EdgeGrid(edgeX, edgeY, perceptionRadiusM);
        this.devices = new DeviceStates(deviceCount, layers, config.device(), config.time().inferencesPerStep(),
                config.time().stepSeconds());
        this.rates = new LinkRates(channel, devices, edgeX, edgeY, perceptionRadiusM,
                config.channel().shadowingSigmaDb(), config.channel().exactRates());
        this.links = edgeSlots > 0
                ? InRangeLinks.nearestSlots(grid, layout, rates, devices, layers, spec.actionCount(), edgeX, edgeY,
                        edgeSlots)
                : InRangeLinks.create(grid, layout, rates, devices, layers, spec.actionCount());
        this.decisionPoint = new DecisionPoint(layout, devices, links, spec.actionCount(), layers,
                spec.stepsPerEpisode());
        this.outcomes = new StepOutcomes(deviceCount, edgeCount);
        this.service = new EdgeService(qos, devices, links, outcomes,
                components.requireAllocator(EnvironmentComponents.RUNTIME),
                components.requireAllocator(EnvironmentComponents.SHAPING), edgeCount, config.qos().gamma(),
                config.qos().oracleSwitchCost() == OracleSwitchCost.INDIVIDUAL);
        this.batch = new M2mCiBatch(decisionPoint, outcomes);
        this.views = Map.of(
                Scene.class, new M2mCiScene(spec, batch, devices, links, service, outcomes, edgeX, edgeY,
                        perceptionRadiusM),
                CostModel.class, new M2mCiCostModel(spec, batch, devices, links, rates, qos),
                DeviceOutcomes.class, outcomes,
                EdgeOutcomes.class, outcomes,
                RewardSignals.class, batch,
                OracleParticipants.class, (OracleParticipants) service::setOracleParticipants);
        // a table: an integer division per device per step showed up in the profile
        ActionSpace actions = spec.actionSpace();
        this.slotOfAction = new int[spec.actionCount()];
        this.partitionOfAction = new int[spec.actionCount()];
        slotOfAction[ActionSpace.LOCAL] = -1;
        partitionOfAction[ActionSpace.LOCAL] = layers;
        for (int a = 1; a < spec.actionCount(); a++) {
            slotOfAction[a] = actions.edgeOf(a);
            partitionOfAction[a] = actions.partitionOf(a);
        }
        this.chosenEdge = new int[deviceCount];
        this.chosenPartition = new int[deviceCount];
        LOG.info("m2m-ci: {} devices, {} edges ({}{}), L = {} SMs, K = {} layers, T = {} steps of {} s, r_p = {} m, "
                        + "full local {} ms / {} mJ", deviceCount, edgeCount,
                config.edge().kmeansPlacement() ? "k-means placement" : "explicit positions",
                edgeSlots > 0 ? ", actions name the " + edgeSlots + " nearest" : "", spec.smsPerEdge(),
                layers, spec.stepsPerEpisode(), config.time().stepSeconds(),
                String.format(Locale.ROOT, "%.1f", perceptionRadiusM),
                String.format(Locale.ROOT, "%.2f", qos.referenceLatencyS() * 1e3),
                String.format(Locale.ROOT, "%.2f", qos.referenceEnergyJ() * 1e3));
    }

    private static double[][] placeEdges(EnvironmentConfig config, MobilityModel mobility) {
        int edges = config.edges();
        if (config.edge().kmeansPlacement()) {
            return EdgePlacement.kMeans(mobility.densitySample(), edges, config.edge().placementSeed(),
                    config.edge().kmeansIterations(), config.edge().placementBinM());
        }
        double[][] pairs = config.edge().explicitPositions();
        double[][] placed = new double[2][edges];
        for (int n = 0; n < edges; n++) {
            placed[0][n] = pairs[n][0];
            placed[1][n] = pairs[n][1];
        }
        return placed;
    }

    // ------------------------------------------------------------------ Environment

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public StepBatch reset(long seed, Split split) {
        Objects.requireNonNull(split, "split");
        mobility.reset(spec.deviceCount(), split, SplitMix64.derive(seed, STREAM_MOBILITY));
        devices.reset(SplitMix64.derive(seed, STREAM_BATTERY), mobility);
        service.reset(SplitMix64.derive(seed, STREAM_ADMISSION));
        rates.beginEpisode(SplitMix64.derive(seed, STREAM_SHADOWING));
        outcomes.clear();
        decisionPoint.reset();
        step = 0;
        rates.atStep(step);
        decisionPoint.update(step);
        batch.progress(0, false);
        LOG.debug("m2m-ci reset: seed {}, split {}", seed, split);
        return batch;
    }

    @Override
    public StepBatch step(int[] chosen) {
        if (!batch.started()) {
            throw new IllegalStateException("m2m-ci: call reset before step");
        }
        if (batch.truncated()) {
            throw new IllegalStateException("m2m-ci: the episode was truncated after " + spec.stepsPerEpisode()
                    + " steps; call reset");
        }
        if (chosen == null || chosen.length != spec.deviceCount()) {
            throw new IllegalArgumentException("actions must have one entry per device (" + spec.deviceCount()
                    + "), but had " + (chosen == null ? "null" : String.valueOf(chosen.length)));
        }
        validate(chosen);
        service.serve(chosenEdge, chosenPartition);
        devices.endStep(outcomes.energyJ(), outcomes.servingEdge(), outcomes.partition(), chosen, chosenEdge,
                mobility);
        step++;
        rates.atStep(step);
        decisionPoint.update(step);
        batch.progress(step, step >= spec.stepsPerEpisode());
        return batch;
    }

    @Override
    public <V> Optional<V> view(Class<V> type) {
        return Optional.ofNullable(type.cast(views.get(type)));
    }

    // ------------------------------------------------------------------ public read-only views

    /** The configuration. */
    public EnvironmentConfig config() {
        return config;
    }

    /** The service area. */
    public ServiceArea area() {
        return area;
    }

    /** The mobility model moving the devices. */
    public MobilityModel mobility() {
        return mobility;
    }

    /** Latency, energy and cost functions. */
    public QosModel qosModel() {
        return qos;
    }

    /** The uplink model. */
    public ChannelModel channelModel() {
        return channel;
    }

    /** The inference model's layer profile. */
    public LayerProfile layerProfile() {
        return qos.profile();
    }

    /** r_p, metres. */
    public double perceptionRadiusM() {
        return perceptionRadiusM;
    }

    /** Edge positions, metres east of the centre (a copy). */
    public double[] edgeXM() {
        return edgeX.clone();
    }

    /** Edge positions, metres north of the centre (a copy). */
    public double[] edgeYM() {
        return edgeY.clone();
    }

    /** The spatial index of the edges (radius r_p). */
    public EdgeGrid edgeGrid() {
        return grid;
    }

    /** Rejections (devices refused by a full edge) since the last reset. */
    public long rejections() {
        return service.rejections();
    }

    /** Handovers since the last reset. */
    public long handovers() {
        return service.handovers();
    }

    /** Device m's battery level at the decision point, joules. */
    public double batteryJ(int m) {
        return devices.batteryJ()[m];
    }

    /** Device m's DVFS frequency ratio at the decision point. */
    public double frequencyRatio(int m) {
        return devices.frequency()[m];
    }

    /**
     * The uplink rate device m would have to edge n this step, bit/s (shadowing included), as used
     * for charging and predicting (see {@link LinkRates#rateBps}).
     */
    public double linkRateBps(int m, int n) {
        return rates.rateBps(m, n);
    }

    // ------------------------------------------------------------------ step internals

    private void validate(int[] chosen) {
        int actionCount = spec.actionCount();
        for (int m = 0; m < chosen.length; m++) {
            int a = chosen[m];
            if (a < 0 || a >= actionCount) {
                throw new InvalidActionException(m, a, "must be in [0, " + (actionCount - 1) + "] (0 = local, "
                        + "1 + n·K + k = " + (spec.nearestEdgeFrame() ? "the n-th nearest edge (slot n)" : "edge n")
                        + " after k local layers)");
            }
            int slot = slotOfAction[a];
            int n = slot < 0 ? -1 : links.edgeInSlot(m, slot);
            chosenEdge[m] = n;
            chosenPartition[m] = partitionOfAction[a];
            if (n < 0 && slot >= 0) {
                throw new InvalidActionException(m, a, String.format(Locale.ROOT,
                        "slot %d is empty: fewer than %d edges are within r_p = %.1f m of the device", slot, slot + 1,
                        perceptionRadiusM));
            }
            if (n >= 0 && !links.inRange(m, n)) {
                double dx = devices.x()[m] - edgeX[n];
                double dy = devices.y()[m] - edgeY[n];
                throw new InvalidActionException(m, a, String.format(Locale.ROOT,
                        "edge %d is masked: it is %.1f m away, beyond the perception radius r_p = %.1f m", n,
                        Math.sqrt(dx * dx + dy * dy), perceptionRadiusM));
            }
        }
    }
}
