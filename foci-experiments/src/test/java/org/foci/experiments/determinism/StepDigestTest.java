package org.foci.experiments.determinism;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.foci.api.Settings;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.CostModel;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EdgeOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.RewardSignals;
import org.foci.api.env.Scene;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.M2mCiEnvironment;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.mobility.PortoTraceMobility;
import org.foci.env.mobility.RandomWaypointMobility;
import org.foci.env.mobility.RandomWaypointParameters;
import org.foci.env.trace.PortoTrace;
import org.foci.env.trace.TraceSource;
import org.foci.oracle.EqualShareAllocator;
import org.foci.oracle.IplsMinRiskAllocator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The environment's every output, step by step, against committed hashes: 3,000 steps of random valid actions
 * (80 % offloading) at four scales, hashing every observation, mask, reward and outcome array, the scene's records
 * and in-range sets, and the cost model's prediction for each device's action. A refactoring of the simulator must
 * leave these bit-identical; a change that alters the model on purpose regenerates them with
 * {@code mvn -pl foci-experiments test -Dtest=StepDigestTest -Dfoci.golden.update=true} and says why in its commit.
 */
class StepDigestTest {

    private static final String RESOURCE = "step-digests.properties";
    private static final Path SOURCE_FILE =
            Path.of("src/test/resources/org/foci/experiments/determinism").resolve(RESOURCE);
    private static final int STEPS = 3_000;

    @ParameterizedTest
    @ValueSource(strings = {"240:11:1581:trace", "240:11:1581", "240:40:1581", "2400:110:5000"})
    void everyStepGivesTheCommittedBits(String scale) throws IOException {
        String digest = digest(scale);
        if (Boolean.getBoolean("foci.golden.update")) {
            Map<String, String> all = Files.exists(SOURCE_FILE) ? load(Files.newInputStream(SOURCE_FILE)) : new TreeMap<>();
            all.put(scale, digest);
            write(all);
            return;
        }
        assertThat(digest).as("digest of %d steps at %s", STEPS, scale).isEqualTo(committed().get(scale));
    }

    private static String digest(String scale) {
        String[] parts = scale.split(":");
        int devices = Integer.parseInt(parts[0]);
        int edges = Integer.parseInt(parts[1]);
        ServiceArea area = new ServiceArea(41.149, -8.614, Double.parseDouble(parts[2]));
        MobilityModel mobility = parts.length > 3
                ? new PortoTraceMobility(PortoTrace.load(TraceSource.shippedSample(), area, 0.2, 2))
                : new RandomWaypointMobility(area, 15.0, RandomWaypointParameters.defaults());
        M2mCiEnvironment env = new M2mCiEnvironment(EnvironmentConfig.from(Settings.of("devices", devices,
                "edges", edges, "episodeSeconds", 15.0 * (STEPS + 1))),
                new EnvironmentComponents(area, mobility, new EqualShareAllocator(), new IplsMinRiskAllocator()));
        MessageDigest sha = sha256();
        SplittableRandom random = new SplittableRandom(7);
        ActionSpace space = env.spec().actionSpace();
        int layers = space.layerCount();
        int sms = env.spec().smsPerEdge() / 2;
        int[] inRange = new int[edges];
        StepBatch batch = env.reset(42, Split.TRAIN);
        Outputs outputs = new Outputs();
        outputs.add(env, batch, null, sms, inRange, layers, sha);
        Scene scene = env.view(Scene.class).orElseThrow();
        for (int t = 0; t < STEPS && !batch.truncated(); t++) {
            int[] actions = new int[devices];
            for (int m = 0; m < devices; m++) {
                int count = scene.edgesInRange(m, inRange);
                if (count > 0 && random.nextInt(5) > 0) {
                    actions[m] = space.encode(inRange[random.nextInt(count)], random.nextInt(layers));
                }
            }
            batch = env.step(actions);
            outputs.add(env, batch, actions, sms, inRange, layers, sha);
        }
        assertThat(batch.step()).isEqualTo(STEPS);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Serialises one step's outputs, little-endian, into the running digest. */
    private static final class Outputs {
        private final ByteBuffer buffer;

        Outputs() {
            buffer = ByteBuffer.allocate(1 << 24).order(ByteOrder.LITTLE_ENDIAN);
        }

        void add(Environment env, StepBatch batch, int[] actions, int sms, int[] inRange, int layers,
                 MessageDigest sha) {
            Scene scene = env.view(Scene.class).orElseThrow();
            CostModel costs = env.view(CostModel.class).orElseThrow();
            DeviceOutcomes device = env.view(DeviceOutcomes.class).orElseThrow();
            EdgeOutcomes edge = env.view(EdgeOutcomes.class).orElseThrow();
            RewardSignals signals = env.view(RewardSignals.class).orElseThrow();
            buffer.clear();
            for (float v : batch.observations()) buffer.putFloat(v);
            for (boolean v : batch.actionMask()) buffer.put((byte) (v ? 1 : 0));
            signals.select("own-qos");
            for (float v : batch.rewards()) buffer.putFloat(v);
            signals.select("oracle-value");
            for (float v : batch.rewards()) buffer.putFloat(v);
            for (double v : device.cost()) buffer.putDouble(v);
            for (double v : device.latencyS()) buffer.putDouble(v);
            for (double v : device.energyJ()) buffer.putDouble(v);
            for (boolean v : device.handover()) buffer.put((byte) (v ? 1 : 0));
            for (boolean v : device.deadlineMissed()) buffer.put((byte) (v ? 1 : 0));
            for (boolean v : device.rejected()) buffer.put((byte) (v ? 1 : 0));
            for (int v : device.servingEdge()) buffer.putInt(v);
            for (int v : device.partition()) buffer.putInt(v);
            for (int v : device.sms()) buffer.putInt(v);
            for (int v : edge.load()) buffer.putInt(v);
            for (double v : edge.oracleValue()) buffer.putDouble(v);
            buffer.putInt(batch.step()).put((byte) (batch.truncated() ? 1 : 0));
            flush(sha);
            int devices = scene.spec().deviceCount();
            int edges = scene.spec().edgeCount();
            buffer.putInt(scene.step());
            for (int n = 0; n < edges; n++) {
                buffer.putInt(scene.edgeLoad(n));
                for (int k = 0; k < layers; k++) {
                    buffer.putDouble(scene.edgeRecord(n, k));
                }
            }
            for (int m = 0; m < devices; m++) {
                buffer.putDouble(scene.deviceXM(m)).putDouble(scene.deviceYM(m)).putInt(scene.previousAction(m));
                int count = scene.edgesInRange(m, inRange);
                for (int i = 0; i < count; i++) {
                    buffer.putInt(inRange[i]);
                }
                buffer.putInt(-1);
                int action = actions == null ? 0 : actions[m];
                if (!batch.truncated()) {
                    buffer.putDouble(costs.predictedCost(m, action, sms));
                }
                if (buffer.position() > buffer.capacity() - 4096) {
                    flush(sha);
                }
            }
            flush(sha);
        }

        private void flush(MessageDigest sha) {
            sha.update(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> committed() throws IOException {
        InputStream in = StepDigestTest.class.getResourceAsStream(RESOURCE);
        assertThat(in).as("committed digests %s", RESOURCE).isNotNull();
        return load(in);
    }

    private static Map<String, String> load(InputStream source) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = source) {
            properties.load(in);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static void write(Map<String, String> digests) throws IOException {
        StringBuilder text = new StringBuilder("# SHA-256 of 3,000 environment steps per scale (StepDigestTest).\n");
        digests.forEach((k, v) -> text.append(k.replace(":", "\\:")).append('=').append(v).append('\n'));
        try (OutputStream out = Files.newOutputStream(SOURCE_FILE)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
