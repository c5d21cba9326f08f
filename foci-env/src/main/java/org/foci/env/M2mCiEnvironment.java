package org.foci.env;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.foci.api.allocation.Allocator;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.InvalidActionException;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.OracleShapedEnvironment;
import org.foci.api.env.Scene;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.config.DeviceParameters;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.config.OracleSwitchCost;
import org.foci.env.edge.EdgeGrid;
import org.foci.env.edge.EdgePlacement;
import org.foci.env.model.ChannelModel;
import org.foci.env.model.LayerProfile;
import org.foci.env.model.PerceptionRadius;
import org.foci.env.model.QosModel;
import org.foci.env.model.RateFeatureTable;
import org.foci.env.util.SplitMix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-device, multi-edge collaborative-inference simulator of MODEL.md §1–9 ({@code m2m-ci}).
 *
 * <h2>One step</h2>
 * <ol>
 *   <li>Every action is checked first (count, range, mask); an invalid one raises
 *       {@link InvalidActionException} naming the device and leaves the state untouched.</li>
 *   <li>Devices asking for edge n are admitted in a random order drawn per step from the episode
 *       seed; the first L are admitted, the rest are <em>rejected</em> and run fully locally
 *       ({@link StepBatch#rejected()}).</li>
 *   <li>The runtime {@link Allocator} splits the edge's L SMs among its admitted devices (in
 *       admission order) from their costs {@code (R_c, R_f)} of {@link QosModel}; latency, energy,
 *       handover and cost follow.</li>
 *   <li>The edge's record F^n_t[k] = (admitted devices with partition k) / L is kept for the next
 *       decision ({@link Scene#edgeRecord}).</li>
 *   <li>The oracle: the shaping allocator gets the same {@code (R_c, R_f)} (penalty-free form,
 *       handover term where {@code qos.switchCostForm} puts it); the edge's value is {@code R_n^* = −max_m c_m(l*_m)} with the
 *       <em>true</em> cost c (deadline penalty included) under the shaping allocation. Devices
 *       admitted at n get R_n^* as oracle reward; devices running locally get their own QoS reward.</li>
 *   <li>Batteries drain by {@code 360·E + P_idle·Δt} (never below 0), devices move one interval,
 *       and the next decision point is computed: DVFS frequency, edges within r_p (through an
 *       {@link EdgeGrid}: a 64-bit set per device up to 64 edges, cell queries beyond), rate
 *       features, masks and observations.</li>
 * </ol>
 *
 * <h2>Observation (local part, MODEL.md §9), {@code 3N + 5} floats per device</h2>
 * {@code [b, f, (inRange_n, rate_n / rate(d_min)) for n < N, prevEdge one-hot (slot 0 = local,
 * 1 + n = edge n), prevK / K, t / T]}. The rate feature of an edge beyond r_p is 0. Without
 * shadowing the rate features come from a {@link RateFeatureTable} (the same floats as pow and log
 * give, cheaper), and so do the rates of the links devices are served over (the table's double,
 * relative error below 10⁻¹²) unless {@code channel.exactRates} asks for pow and log there too.
 *
 * <h2>Cost of the batch arrays</h2>
 * The observation and mask matrices are dense (O(M·N)); they are cleared once per
 * {@link #reset} and afterwards updated only where they change (the device's previous and current
 * in-range edges and one-hot slot), so a step costs O(M · edges in range) however large N is. This
 * relies on callers not writing into the batch, as {@link StepBatch} requires.
 *
 * <p>Determinism: the same configuration, components, seed, split and actions give bit-identical
 * batches. Not thread-safe.
 */
public final class M2mCiEnvironment implements OracleShapedEnvironment {

    private static final Logger LOG = LoggerFactory.getLogger(M2mCiEnvironment.class);

    private static final long STREAM_MOBILITY = 1;
    private static final long STREAM_BATTERY = 2;
    private static final long STREAM_ADMISSION = 3;
    private static final long STREAM_SHADOWING = 4;

    private final EnvironmentConfig config;
    private final ServiceArea area;
    private final MobilityModel mobility;
    private final Allocator runtimeAllocator;
    private final Allocator shapingAllocator;
    private final EnvironmentSpec spec;
    private final ActionSpace actions;
    private final QosModel qos;
    private final ChannelModel channel;
    private final DeviceParameters device;
    private final double perceptionRadiusM;
    private final double[] edgeX;
    private final double[] edgeY;
    private final EdgeGrid grid;
    private final int devices;
    private final int edges;
    private final int layers;
    private final int sms;
    private final int stepsPerEpisode;
    private final int observationSize;
    private final int actionCount;
    private final double inferencesPerStep;
    private final double idleJoulesPerStep;
    private final double batteryCapacityJ;
    private final double rateNormaliserBps;
    private final double shadowingSigmaDb;
    private final boolean individualSwitchCost;
    /** The observation's rate features without shadowing (bit-identical, cheaper); null with shadowing. */
    private final RateFeatureTable rateFeatures;
    /** Whether link rates (for costs and predictions) come from {@link #rateFeatures} (channel.exactRates off). */
    private final boolean tabulatedRates;
    /** Latency, energy and cost of a fully local inference at f = 1, as {@link #chargeLocal} computes them. */
    private final double fullSpeedLocalLatencyS;
    private final double fullSpeedLocalEnergyJ;
    private final double fullSpeedLocalCost;
    private final float invLayers;
    private final float invSteps;
    private final StepBatch batch;
    private final SceneView scene = new SceneView();

    // per-device state at the decision point
    private final double[] x;
    private final double[] y;
    private final double[] batteryJ;
    private final double[] frequency;
    private final int[] prevServingEdge;
    private final int[] prevPartition;
    private final int[] prevAction;
    private final int[] oneHotSlot;
    // edges within r_p per device (CSR): current and previous decision point
    private int[] rangeStart;
    private int[] rangeEdge;
    private int[] oldRangeStart;
    private int[] oldRangeEdge;
    /** rate / rate(d_min) of each current in-range link, aligned with rangeEdge (tabulated rates only). */
    private double[] rangeRatio;
    private final int[] queryScratch;
    /** Per device, the in-range edges of the decision point as a bit set; null with more than 64 edges. */
    private final long[] inRangeBits;
    private final int[] edgeOfAction;
    private final int[] partitionOfAction;

    // per-step scratch
    private final int[] chosenEdge;
    private final int[] chosenPartition;
    private final int[] bucketStart;
    private final int[] bucketFill;
    private final int[] bucket;
    private final double[] fixedScratch;
    private final double[] scalableScratch;
    private final double[] latencyScratch;
    private final int[] allocationScratch;
    private final int[] shapingScratch;
    private boolean[] oracleParticipants;     // null: every admitted device sets the oracle value

    // edge state
    private final double[] record;
    private final int[] load;

    // episode state
    private long admissionState;
    private long shadowSeed;
    private int step;
    private boolean started;
    private boolean truncated;
    private long rejections;
    private long handovers;

    /**
     * Builds the environment: places the edges, solves r_p, allocates every array.
     *
     * @param config     the configuration; never null
     * @param components area, mobility and allocators; never null
     */
    public M2mCiEnvironment(EnvironmentConfig config, EnvironmentComponents components) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(components, "components");
        this.area = components.area();
        this.mobility = components.mobility();
        this.runtimeAllocator = components.runtimeAllocator();
        this.shapingAllocator = components.shapingAllocator();
        this.qos = new QosModel(config);
        this.channel = new ChannelModel(config.channel());
        this.device = config.device();
        this.devices = config.devices();
        this.edges = config.edges();
        this.layers = qos.layerCount();
        this.sms = config.edge().sms();
        this.stepsPerEpisode = config.time().stepsPerEpisode();
        this.observationSize = 3 * edges + 5;
        this.spec = new EnvironmentSpec(devices, edges, layers, sms, observationSize, stepsPerEpisode,
                config.time().stepSeconds());
        this.actions = spec.actionSpace();
        this.actionCount = spec.actionCount();
        this.inferencesPerStep = config.time().inferencesPerStep();
        this.idleJoulesPerStep = device.idlePowerW() * config.time().stepSeconds();
        this.batteryCapacityJ = device.batteryJ();
        this.rateNormaliserBps = channel.rateAtMinDistanceBps();
        this.shadowingSigmaDb = config.channel().shadowingSigmaDb();
        this.individualSwitchCost = config.qos().oracleSwitchCost() == OracleSwitchCost.INDIVIDUAL;
        this.fullSpeedLocalLatencyS = qos.fullLocalLatencyS(1.0);
        this.fullSpeedLocalEnergyJ = qos.fullLocalEnergyJ(1.0);
        this.fullSpeedLocalCost = qos.fullLocalCost(1.0);
        this.invLayers = 1.0f / layers;
        this.invSteps = 1.0f / stepsPerEpisode;
        this.perceptionRadiusM = PerceptionRadius.solve(qos, channel);

        double[][] placed;
        if (config.edge().kmeansPlacement()) {
            placed = EdgePlacement.kMeans(mobility.densitySample(), edges, config.edge().placementSeed(),
                    config.edge().kmeansIterations(), config.edge().placementBinM());
        } else {
            double[][] pairs = config.edge().explicitPositions();
            placed = new double[2][edges];
            for (int n = 0; n < edges; n++) {
                placed[0][n] = pairs[n][0];
                placed[1][n] = pairs[n][1];
            }
        }
        this.edgeX = placed[0];
        this.edgeY = placed[1];
        this.grid = new EdgeGrid(edgeX, edgeY, perceptionRadiusM);
        this.rateFeatures = shadowingSigmaDb == 0.0
                ? RateFeatureTable.covering(channel, rateNormaliserBps, perceptionRadiusM * perceptionRadiusM)
                        .orElse(null)
                : null;
        this.tabulatedRates = rateFeatures != null && !config.channel().exactRates();

        this.batch = new StepBatch(spec);
        x = new double[devices];
        y = new double[devices];
        batteryJ = new double[devices];
        frequency = new double[devices];
        prevServingEdge = new int[devices];
        prevPartition = new int[devices];
        prevAction = new int[devices];
        oneHotSlot = new int[devices];
        int initialLinks = Math.max(16, devices * Math.min(edges, 4));
        rangeStart = new int[devices + 1];
        rangeEdge = new int[initialLinks];
        oldRangeStart = new int[devices + 1];
        oldRangeEdge = new int[initialLinks];
        rangeRatio = new double[initialLinks];
        queryScratch = new int[edges];
        inRangeBits = edges <= EdgeGrid.MAX_BITSET_EDGES ? new long[devices] : null;
        edgeOfAction = new int[actionCount];
        partitionOfAction = new int[actionCount];
        edgeOfAction[ActionSpace.LOCAL] = -1;
        partitionOfAction[ActionSpace.LOCAL] = layers;
        for (int a = 1; a < actionCount; a++) {       // a table: an integer division per device per step showed
            edgeOfAction[a] = actions.edgeOf(a);      // up in the profile
            partitionOfAction[a] = actions.partitionOf(a);
        }
        chosenEdge = new int[devices];
        chosenPartition = new int[devices];
        bucketStart = new int[edges + 2];
        bucketFill = new int[edges + 1];
        bucket = new int[devices];
        fixedScratch = new double[sms];
        scalableScratch = new double[sms];
        latencyScratch = new double[sms];
        allocationScratch = new int[sms];
        shapingScratch = new int[sms];
        record = new double[edges * layers];
        load = new int[edges];
        LOG.info("m2m-ci: {} devices, {} edges ({}), L = {} SMs, K = {} layers, T = {} steps of {} s, r_p = {} m, "
                        + "full local {} ms / {} mJ", devices, edges,
                config.edge().kmeansPlacement() ? "k-means placement" : "explicit positions", sms, layers,
                stepsPerEpisode, config.time().stepSeconds(), String.format(Locale.ROOT, "%.1f", perceptionRadiusM),
                String.format(Locale.ROOT, "%.2f", qos.referenceLatencyS() * 1e3),
                String.format(Locale.ROOT, "%.2f", qos.referenceEnergyJ() * 1e3));
    }

    // ------------------------------------------------------------------ Environment

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public StepBatch reset(long seed, Split split) {
        Objects.requireNonNull(split, "split");
        mobility.reset(devices, split, SplitMix.derive(seed, STREAM_MOBILITY));
        mobility.positions(x, y);
        long batteryState = SplitMix.derive(seed, STREAM_BATTERY);
        double lo = device.initialBatteryMinWh() * 3600.0;
        double hi = device.initialBatteryMaxWh() * 3600.0;
        for (int m = 0; m < devices; m++) {
            batteryState = SplitMix.next(batteryState);
            batteryJ[m] = lo + (hi - lo) * SplitMix.unit(SplitMix.mix64(batteryState));
        }
        admissionState = SplitMix.derive(seed, STREAM_ADMISSION);
        shadowSeed = SplitMix.derive(seed, STREAM_SHADOWING);
        Arrays.fill(prevServingEdge, -1);
        Arrays.fill(prevPartition, layers);
        Arrays.fill(prevAction, ActionSpace.LOCAL);
        Arrays.fill(oneHotSlot, 0);
        Arrays.fill(record, 0);
        Arrays.fill(load, 0);
        clearOutcomes();
        Arrays.fill(batch.observations(), 0f);
        boolean[] mask = batch.actionMask();
        Arrays.fill(mask, false);
        for (int m = 0; m < devices; m++) {
            mask[m * actionCount + ActionSpace.LOCAL] = true;    // local is always allowed
        }
        Arrays.fill(rangeStart, 0);   // no previous in-range lists to clear
        if (inRangeBits != null) {
            Arrays.fill(inRangeBits, 0L);
        }
        step = 0;
        rejections = 0;
        handovers = 0;
        truncated = false;
        started = true;
        decisionPoint();
        batch.setProgress(0, false);
        LOG.debug("m2m-ci reset: seed {}, split {}", seed, split);
        return batch;
    }

    @Override
    public StepBatch step(int[] chosen) {
        if (!started) {
            throw new IllegalStateException("m2m-ci: call reset before step");
        }
        if (truncated) {
            throw new IllegalStateException("m2m-ci: the episode was truncated after " + stepsPerEpisode
                    + " steps; call reset");
        }
        if (chosen == null || chosen.length != devices) {
            throw new IllegalArgumentException("actions must have one entry per device (" + devices + "), but had "
                    + (chosen == null ? "null" : String.valueOf(chosen.length)));
        }
        validate(chosen);

        // bucket the devices by slot (0 = local, 1 + n = edge n), in device order; no branch on the
        // slot, which random actions make unpredictable
        Arrays.fill(bucketFill, 0);
        for (int m = 0; m < devices; m++) {
            bucketFill[chosenEdge[m] + 1]++;
        }
        bucketStart[0] = 0;
        for (int slot = 0; slot <= edges; slot++) {
            bucketStart[slot + 1] = bucketStart[slot] + bucketFill[slot];
            bucketFill[slot] = bucketStart[slot];
        }
        for (int m = 0; m < devices; m++) {
            bucket[bucketFill[chosenEdge[m] + 1]++] = m;
        }
        for (int i = 0; i < bucketStart[1]; i++) {
            chargeLocal(bucket[i], false);
        }
        for (int n = 0; n < edges; n++) {
            serveEdge(n);
        }

        // batteries and memory of this step
        double[] energy = batch.energyJ();
        int[] serving = batch.servingEdge();
        int[] partition = batch.partition();
        for (int m = 0; m < devices; m++) {
            batteryJ[m] = Math.max(0.0, batteryJ[m] - inferencesPerStep * energy[m] - idleJoulesPerStep);
            prevServingEdge[m] = serving[m];
            prevPartition[m] = partition[m];
            prevAction[m] = chosen[m];
        }
        step++;
        truncated = step >= stepsPerEpisode;
        mobility.advance();
        mobility.positions(x, y);
        decisionPoint();
        batch.setProgress(step, truncated);
        return batch;
    }

    @Override
    public void setOracleParticipants(boolean[] participants) {
        if (participants == null) {
            oracleParticipants = null;
            return;
        }
        if (participants.length != devices) {
            throw new IllegalArgumentException("oracle participants must have one flag per device (" + devices
                    + "), but had " + participants.length);
        }
        if (oracleParticipants == null) {
            oracleParticipants = new boolean[devices];
        }
        System.arraycopy(participants, 0, oracleParticipants, 0, devices);
    }

    @Override
    public Scene scene() {
        return scene;
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
        return rejections;
    }

    /** Handovers since the last reset. */
    public long handovers() {
        return handovers;
    }

    /** Device m's battery level at the decision point, joules. */
    public double batteryJ(int m) {
        return batteryJ[m];
    }

    /** Device m's DVFS frequency ratio at the decision point. */
    public double frequencyRatio(int m) {
        return frequency[m];
    }

    /**
     * The uplink rate device m would have to edge n this step, bit/s (shadowing included), as used
     * for charging and predicting. Without shadowing and with {@code channel.exactRates} off it comes
     * from the rate table for links within r_p (relative error below 10⁻¹²), else from pow and log.
     */
    public double linkRateBps(int m, int n) {
        double dx = x[m] - edgeX[n];
        double dy = y[m] - edgeY[n];
        if (shadowingSigmaDb == 0.0) {
            return tabulatedRates ? rateFeatures.ratio(dx * dx + dy * dy) * rateNormaliserBps
                    : channel.rateFromSquaredDistance(dx * dx + dy * dy, 1.0);
        }
        double shadowDb = shadowingSigmaDb * SplitMix.gaussian(SplitMix.hash(shadowSeed, step, m, n));
        return channel.rateFromSquaredDistance(dx * dx + dy * dy, Math.pow(10.0, -shadowDb / 10.0));
    }

    // ------------------------------------------------------------------ step internals

    private void validate(int[] chosen) {
        for (int m = 0; m < devices; m++) {
            int a = chosen[m];
            if (a < 0 || a >= actionCount) {
                throw new InvalidActionException(m, a, "must be in [0, " + (actionCount - 1) + "] (0 = local, "
                        + "1 + n·K + k = edge n after k local layers)");
            }
            int n = edgeOfAction[a];
            chosenEdge[m] = n;
            chosenPartition[m] = partitionOfAction[a];
            if (n >= 0 && !inRangeAtDecisionPoint(m, n)) {
                double dx = x[m] - edgeX[n];
                double dy = y[m] - edgeY[n];
                throw new InvalidActionException(m, a, String.format(Locale.ROOT,
                        "edge %d is masked: it is %.1f m away, beyond the perception radius r_p = %.1f m", n,
                        Math.sqrt(dx * dx + dy * dy), perceptionRadiusM));
            }
        }
    }

    /** Whether edge n was within r_p of device m at the decision point the actions answer. */
    private boolean inRangeAtDecisionPoint(int m, int n) {
        return inRangeBits != null ? (inRangeBits[m] >>> n & 1L) != 0 : grid.inRange(x[m], y[m], n);
    }

    private void chargeLocal(int m, boolean rejected) {
        double f = frequency[m];
        double latency;
        double energy;
        double cost;
        if (f == 1.0) {     // most devices run at full speed: the same values, computed once
            latency = fullSpeedLocalLatencyS;
            energy = fullSpeedLocalEnergyJ;
            cost = fullSpeedLocalCost;
        } else {
            latency = qos.localLatencyS(layers, f);
            energy = qos.energyJ(f, latency, 0.0);
            cost = qos.cost(qos.fixedCost(energy, latency, 0.0, false), 0.0, 1, latency);
        }
        batch.latencyS()[m] = latency;
        batch.energyJ()[m] = energy;
        batch.cost()[m] = cost;
        float reward = (float) -cost;
        batch.qosReward()[m] = reward;
        batch.oracleReward()[m] = reward;
        batch.handover()[m] = false;
        batch.deadlineMissed()[m] = latency > qos.deadlineS();
        batch.rejected()[m] = rejected;
        batch.servingEdge()[m] = -1;
        batch.partition()[m] = layers;
        batch.sms()[m] = 0;
        if (rejected) {
            rejections++;
        }
    }

    private void serveEdge(int n) {
        int from = bucketStart[n + 1];
        int count = bucketStart[n + 2] - from;
        int rowBase = n * layers;
        Arrays.fill(record, rowBase, rowBase + layers, 0.0);
        if (count == 0) {
            load[n] = 0;
            batch.edgeLoad()[n] = 0;
            batch.edgeOracleValue()[n] = Double.NaN;
            return;
        }
        // admission order: a uniform random permutation of the requesters, drawn per step
        for (int i = count - 1; i > 0; i--) {
            admissionState = SplitMix.next(admissionState);
            int j = SplitMix.below(SplitMix.mix64(admissionState), i + 1);
            int tmp = bucket[from + i];
            bucket[from + i] = bucket[from + j];
            bucket[from + j] = tmp;
        }
        int admitted = Math.min(count, sms);
        for (int i = admitted; i < count; i++) {
            chargeLocal(bucket[from + i], true);
        }
        double[] energyOut = batch.energyJ();
        for (int i = 0; i < admitted; i++) {
            int m = bucket[from + i];
            int k = chosenPartition[m];
            double f = frequency[m];
            double local = qos.localLatencyS(k, f);
            double tx = qos.txLatencyS(k, servedLinkRateBps(m, n));
            double energy = qos.energyJ(f, local, tx);
            boolean handover = prevServingEdge[m] >= 0 && prevServingEdge[m] != n;
            fixedScratch[i] = qos.fixedCost(energy, local, tx, handover);
            scalableScratch[i] = qos.scalableCost(k, handover);
            latencyScratch[i] = local + tx;
            energyOut[m] = energy;
            batch.handover()[m] = handover;
            if (handover) {
                handovers++;
            }
            record[rowBase + k] += 1.0;
        }
        for (int k = 0; k < layers; k++) {
            record[rowBase + k] /= sms;
        }
        runtimeAllocator.allocate(fixedScratch, scalableScratch, admitted, sms, allocationScratch);
        checkAllocation(allocationScratch, admitted, runtimeAllocator, "runtime");
        for (int i = 0; i < admitted; i++) {
            int m = bucket[from + i];
            int k = chosenPartition[m];
            int l = allocationScratch[i];
            double latency = latencyScratch[i] + qos.edgeLatencyS(k, l);
            double cost = qos.cost(fixedScratch[i], scalableScratch[i], l, latency);
            batch.latencyS()[m] = latency;
            batch.cost()[m] = cost;
            batch.qosReward()[m] = (float) -cost;
            batch.deadlineMissed()[m] = latency > qos.deadlineS();
            batch.rejected()[m] = false;
            batch.servingEdge()[m] = n;
            batch.partition()[m] = k;
            batch.sms()[m] = l;
        }
        // the oracle: worst true cost under the shaping allocation
        if (individualSwitchCost) {
            // the oracle sees switch-free costs; each device pays its own handover below
            for (int i = 0; i < admitted; i++) {
                if (batch.handover()[bucket[from + i]]) {
                    if (qos.switchInFixedPart()) {
                        fixedScratch[i] -= config.qos().gamma();
                    } else {
                        scalableScratch[i] = qos.scalableCost(chosenPartition[bucket[from + i]]);
                    }
                }
            }
        }
        int oracleCount = admitted;
        if (oracleParticipants != null) {
            // the participants first, so that the oracle's problem is a prefix of the scratch arrays
            int participants = 0;
            for (int i = 0; i < admitted; i++) {
                if (oracleParticipants[bucket[from + i]]) {
                    swapServed(from, i, participants++);
                }
            }
            if (participants > 0) {
                oracleCount = participants;     // with none here, the value is over every admitted device
            }
        }
        int[] shaping = allocationScratch;
        if (oracleCount < admitted || shapingAllocator != runtimeAllocator || individualSwitchCost) {
            shapingAllocator.allocate(fixedScratch, scalableScratch, oracleCount, sms, shapingScratch);
            checkAllocation(shapingScratch, oracleCount, shapingAllocator, "shaping");
            shaping = shapingScratch;
        }
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < oracleCount; i++) {
            int m = bucket[from + i];
            int k = chosenPartition[m];
            int l = shaping[i];
            double latency = latencyScratch[i] + qos.edgeLatencyS(k, l);
            worst = Math.max(worst, qos.cost(fixedScratch[i], scalableScratch[i], l, latency));
        }
        double value = -worst;
        for (int i = 0; i < admitted; i++) {
            int m = bucket[from + i];
            double own = individualSwitchCost && batch.handover()[m]
                    ? qos.switchCost(i < oracleCount ? shaping[i] : batch.sms()[m]) : 0.0;
            batch.oracleReward()[m] = (float) (value - own);
        }
        load[n] = admitted;
        batch.edgeLoad()[n] = admitted;
        batch.edgeOracleValue()[n] = value;
    }

    /** Swaps two admitted devices' places in the bucket and the per-device scratch values. */
    private void swapServed(int from, int i, int j) {
        if (i == j) {
            return;
        }
        swap(bucket, from + i, from + j);
        swap(fixedScratch, i, j);
        swap(scalableScratch, i, j);
        swap(latencyScratch, i, j);
        swap(allocationScratch, i, j);
    }

    private static void swap(int[] values, int i, int j) {
        int value = values[i];
        values[i] = values[j];
        values[j] = value;
    }

    private static void swap(double[] values, int i, int j) {
        double value = values[i];
        values[i] = values[j];
        values[j] = value;
    }

    private void checkAllocation(int[] allocation, int count, Allocator allocator, String role) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            if (allocation[i] < 1 || allocation[i] > sms) {
                throw new IllegalStateException("the " + role + " allocator " + allocator.getClass().getName()
                        + " gave " + allocation[i] + " SMs to a device; every admitted device needs 1.." + sms);
            }
            total += allocation[i];
        }
        if (total > sms) {
            throw new IllegalStateException("the " + role + " allocator " + allocator.getClass().getName()
                    + " handed out " + total + " SMs, more than the edge's " + sms);
        }
    }

    private void clearOutcomes() {
        Arrays.fill(batch.qosReward(), 0f);
        Arrays.fill(batch.oracleReward(), 0f);
        Arrays.fill(batch.cost(), 0.0);
        Arrays.fill(batch.latencyS(), 0.0);
        Arrays.fill(batch.energyJ(), 0.0);
        Arrays.fill(batch.handover(), false);
        Arrays.fill(batch.deadlineMissed(), false);
        Arrays.fill(batch.rejected(), false);
        Arrays.fill(batch.servingEdge(), 0);
        Arrays.fill(batch.partition(), 0);
        Arrays.fill(batch.sms(), 0);
        Arrays.fill(batch.edgeLoad(), 0);
        Arrays.fill(batch.edgeOracleValue(), 0.0);
    }

    /**
     * The next decision point: frequencies, in-range edges and rates, masks and observations. The
     * dense matrices are updated only where they change (see the class comment).
     */
    private void decisionPoint() {
        int[] swapStart = oldRangeStart;
        oldRangeStart = rangeStart;
        rangeStart = swapStart;
        int[] swapEdge = oldRangeEdge;
        oldRangeEdge = rangeEdge;
        rangeEdge = swapEdge;

        float[] obs = batch.observations();
        boolean[] mask = batch.actionMask();
        float timeFeature = step * invSteps;
        int oneHotBase = 2 + 2 * edges;
        int links = 0;
        rangeStart[0] = 0;
        for (int m = 0; m < devices; m++) {
            double b = batteryJ[m] / batteryCapacityJ;
            double f = device.frequencyRatio(b);
            frequency[m] = f;
            int row = m * observationSize;
            if (inRangeBits != null) {
                // straight from the bit set, ascending: no intermediate list (one loop less per device)
                long bits = updateRangeFromBits(m, obs, mask);
                ensureLinkCapacity(links + Long.bitCount(bits));
                for (; bits != 0; bits &= bits - 1) {
                    int n = Long.numberOfTrailingZeros(bits);
                    rangeEdge[links] = n;
                    obs[row + 3 + 2 * n] = rateFeature(m, n, links);
                    links++;
                }
            } else {
                int count = updateRangeFromGrid(m, obs, mask);
                ensureLinkCapacity(links + count);
                for (int i = 0; i < count; i++) {
                    int n = queryScratch[i];
                    rangeEdge[links + i] = n;
                    obs[row + 3 + 2 * n] = rateFeature(m, n, links + i);
                }
                links += count;
            }
            rangeStart[m + 1] = links;
            obs[row] = (float) b;
            obs[row + 1] = (float) f;
            int slot = prevServingEdge[m] + 1;
            if (slot != oneHotSlot[m] || step == 0) {
                obs[row + oneHotBase + oneHotSlot[m]] = 0f;
                oneHotSlot[m] = slot;
                obs[row + oneHotBase + slot] = 1f;
            }
            obs[row + oneHotBase + edges + 1] = prevPartition[m] * invLayers;
            obs[row + oneHotBase + edges + 2] = timeFeature;
        }
    }

    /**
     * Device m's in-range edges as a bit set, with the flag, rate and mask entries of the edges that
     * left cleared and the flags and masks of the edges that came set.
     *
     * @return the in-range edges, bit n for edge n
     */
    private long updateRangeFromBits(int m, float[] obs, boolean[] mask) {
        long bits = grid.inRangeBits(x[m], y[m]);
        long changed = bits ^ inRangeBits[m];
        inRangeBits[m] = bits;
        int row = m * observationSize;
        int maskRow = m * actionCount;
        for (; changed != 0; changed &= changed - 1) {
            int n = Long.numberOfTrailingZeros(changed);
            boolean came = (bits >>> n & 1L) != 0;
            obs[row + 2 + 2 * n] = came ? 1f : 0f;
            if (!came) {
                obs[row + 3 + 2 * n] = 0f;
            }
            setMask(mask, maskRow + 1 + n * layers, came);
        }
        return bits;
    }

    /**
     * As {@link #updateRangeFromBits} for more than 64 edges: a grid query merged with the previous list.
     *
     * @return how many edges are in range; they are in {@code queryScratch}, ascending
     */
    private int updateRangeFromGrid(int m, float[] obs, boolean[] mask) {
        int count = grid.query(x[m], y[m], queryScratch);
        int row = m * observationSize;
        int maskRow = m * actionCount;
        // merge the previous and the current in-range lists (both ascending): clear the edges that
        // left, set the edges that came; an edge in both keeps its flag and mask entries
        int oi = oldRangeStart[m];
        int oldEnd = oldRangeStart[m + 1];
        int ni = 0;
        while (oi < oldEnd || ni < count) {
            int oldEdge = oi < oldEnd ? oldRangeEdge[oi] : Integer.MAX_VALUE;
            int newEdge = ni < count ? queryScratch[ni] : Integer.MAX_VALUE;
            if (oldEdge < newEdge) {
                obs[row + 2 + 2 * oldEdge] = 0f;
                obs[row + 3 + 2 * oldEdge] = 0f;
                setMask(mask, maskRow + 1 + oldEdge * layers, false);
                oi++;
            } else if (newEdge < oldEdge) {
                obs[row + 2 + 2 * newEdge] = 1f;
                setMask(mask, maskRow + 1 + newEdge * layers, true);
                ni++;
            } else {
                oi++;
                ni++;
            }
        }
        return count;
    }

    /**
     * The observation's rate feature of in-range link (m, n): {@code (float) (rate / rate at d_min)};
     * with tabulated rates the table's double is kept at {@code rangeRatio[link]} for serving.
     */
    private float rateFeature(int m, int n, int link) {
        if (rateFeatures == null) {
            return (float) (linkRateBps(m, n) / rateNormaliserBps);
        }
        double dx = x[m] - edgeX[n];
        double dy = y[m] - edgeY[n];
        double d2 = dx * dx + dy * dy;
        double ratio = rateFeatures.ratio(d2);
        rangeRatio[link] = ratio;
        return rateFeatures.roundedFeature(ratio, d2);
    }

    /**
     * The rate of in-range link (m, n) at the decision point, bit/s: {@link #linkRateBps}'s value, from
     * the decision point's table lookups when rates are tabulated (one polynomial per link and step).
     */
    private double servedLinkRateBps(int m, int n) {
        if (!tabulatedRates) {
            return linkRateBps(m, n);
        }
        if (inRangeBits != null) {
            // the link's place in m's ascending list: the in-range edges below n
            return rangeRatio[rangeStart[m] + Long.bitCount(inRangeBits[m] & ((1L << n) - 1))] * rateNormaliserBps;
        }
        for (int j = rangeStart[m]; j < rangeStart[m + 1]; j++) {
            if (rangeEdge[j] == n) {
                return rangeRatio[j] * rateNormaliserBps;
            }
        }
        return linkRateBps(m, n);      // not in range: validation refuses such actions before serving
    }


    private void setMask(boolean[] mask, int from, boolean value) {
        Arrays.fill(mask, from, from + layers, value);
    }

    private void ensureLinkCapacity(int needed) {
        if (needed <= rangeEdge.length) {
            return;
        }
        int size = Math.max(needed, rangeEdge.length * 2);
        rangeEdge = Arrays.copyOf(rangeEdge, size);
        rangeRatio = Arrays.copyOf(rangeRatio, size);
    }

    /** The cost device m would pay for an action with l SMs: the charging path, step by step. */
    private double predictedCost(int m, int action, int l) {
        if (action == ActionSpace.LOCAL) {
            return qos.fullLocalCost(frequency[m]);
        }
        int n = actions.edgeOf(action);
        int k = actions.partitionOf(action);
        double f = frequency[m];
        double local = qos.localLatencyS(k, f);
        double tx = qos.txLatencyS(k, linkRateBps(m, n));
        double energy = qos.energyJ(f, local, tx);
        boolean handover = prevServingEdge[m] >= 0 && prevServingEdge[m] != n;
        double fixed = qos.fixedCost(energy, local, tx, handover);
        double latency = local + tx + qos.edgeLatencyS(k, l);
        return qos.cost(fixed, qos.scalableCost(k, handover), l, latency);
    }

    /** The {@link Scene} of the current decision point. */
    private final class SceneView implements Scene {

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
        public double deviceXM(int m) {
            requireStarted();
            return x[checkDevice(m)];
        }

        @Override
        public double deviceYM(int m) {
            requireStarted();
            return y[checkDevice(m)];
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
            requireStarted();
            return prevAction[checkDevice(m)];
        }

        @Override
        public double edgeRecord(int n, int k) {
            if (k < 0 || k >= layers) {
                throw new IndexOutOfBoundsException("partition must be in [0, " + (layers - 1) + "], but was " + k);
            }
            return record[checkEdge(n) * layers + k];
        }

        @Override
        public int edgeLoad(int n) {
            return load[checkEdge(n)];
        }

        @Override
        public int edgesInRange(int m, int[] edgesOut) {
            requireStarted();
            checkDevice(m);
            int count = rangeStart[m + 1] - rangeStart[m];
            System.arraycopy(rangeEdge, rangeStart[m], edgesOut, 0, count);
            return count;
        }

        @Override
        public double predictedCost(int m, int action, int l) {
            requireStarted();
            checkDevice(m);
            if (!actions.contains(action)) {
                throw new IllegalArgumentException("action must be in [0, " + (actionCount - 1) + "], but was "
                        + action);
            }
            if (action != ActionSpace.LOCAL && (l < 1 || l > sms)) {
                throw new IllegalArgumentException("sms must be in [1, " + sms + "], but was " + l);
            }
            return M2mCiEnvironment.this.predictedCost(m, action, l);
        }

        private void requireStarted() {
            if (!started) {
                throw new IllegalStateException("m2m-ci: the scene has no decision point before reset");
            }
        }

        private int checkDevice(int m) {
            if (m < 0 || m >= devices) {
                throw new IndexOutOfBoundsException("device must be in [0, " + (devices - 1) + "], but was " + m);
            }
            return m;
        }

        private int checkEdge(int n) {
            if (n < 0 || n >= edges) {
                throw new IndexOutOfBoundsException("edge must be in [0, " + (edges - 1) + "], but was " + n);
            }
            return n;
        }
    }
}
