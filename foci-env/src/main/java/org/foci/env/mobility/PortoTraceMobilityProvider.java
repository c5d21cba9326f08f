package org.foci.env.mobility;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.foci.api.ConfigurationException;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.MobilityProvider;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.env.trace.PortoTrace;
import org.foci.env.trace.TraceFormatException;
import org.foci.env.trace.TraceSource;

/**
 * {@code porto-trace}: devices on real Porto taxi trajectories ({@link PortoTraceMobility}), from
 * the shipped 1,500-trip sample or any file in the same format (the full {@code train.csv}
 * streams). Settings: {@link #TRACE}, {@link #EVALUATION_FRACTION}, {@link #MIN_SEGMENT_FIXES}.
 */
public final class PortoTraceMobilityProvider implements MobilityProvider {

    /** The plug-in's name. */
    public static final String NAME = "porto-trace";

    /** {@code trace}: empty (the shipped sample). */
    public static final SettingKey<String> TRACE = SettingKey.text("trace", "",
            "Porto taxi CSV (plain or .gz; the full train.csv streams); empty: the shipped 1,500-trip sample");
    /** {@code evaluationFraction}: 0.2 (80/20 split by TRIP_ID hash). */
    public static final SettingKey<Double> EVALUATION_FRACTION = SettingKey.real("evaluationFraction", 0.2,
            "share of trips (by stable TRIP_ID hash) held out for evaluation").greaterThan(0.0).lessThan(1.0);
    /** {@code minSegmentFixes}: 2. */
    public static final SettingKey<Integer> MIN_SEGMENT_FIXES = SettingKey.integer("minSegmentFixes", 2,
            "fewest consecutive in-area fixes that make a segment").between(2, 100_000);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "devices replay real Porto taxi trajectories inside the area (train/evaluation split by TRIP_ID)";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(TRACE, EVALUATION_FRACTION, MIN_SEGMENT_FIXES);
    }

    /**
     * Loads the trace and keeps its in-area segments.
     *
     * @throws ConfigurationException naming {@code <scope>.trace} when the file is missing or not a
     *                                Porto trace (with file, line and reason), when no fix lies in the
     *                                area, or when a split has no segment
     */
    @Override
    public MobilityModel create(Settings settings, ServiceArea area, double stepSeconds) {
        return new PortoTraceMobility(load(settings, area));
    }

    /**
     * What identifies a loaded trace: the same file (by path, size and modification time), area and
     * split give the same immutable {@link PortoTrace}.
     */
    private record LoadKey(String file, long size, long modified, ServiceArea area, double evaluationFraction,
                           int minSegmentFixes) {
    }

    // Runs of one job (seven methods, several seeds) share one trace: the full train.csv takes
    // a minute to stream, so each JVM reads it once. Two entries: a job rarely uses more.
    private static final int CACHED_TRACES = 2;
    private static final java.util.Map<LoadKey, PortoTrace> LOADED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<LoadKey, PortoTrace> eldest) {
                    return size() > CACHED_TRACES;
                }
            });

    /** Loads and checks the trace a configuration names (see {@link #create}); cached per JVM. */
    public static PortoTrace load(Settings settings, ServiceArea area) {
        settings.requireValid(List.of(TRACE, EVALUATION_FRACTION, MIN_SEGMENT_FIXES));
        String file = settings.get(TRACE);
        LoadKey cacheKey = loadKey(file, area, settings);
        if (cacheKey == null) {
            return read(settings, area, file);
        }
        // Under the map's lock: runs starting together wait for one read instead of each reading.
        return LOADED.computeIfAbsent(cacheKey, k -> read(settings, area, file));
    }

    private static LoadKey loadKey(String file, ServiceArea area, Settings settings) {
        long size = -1;
        long modified = -1;
        if (!file.isEmpty()) {
            try {
                Path path = Path.of(file);
                size = java.nio.file.Files.size(path);
                modified = java.nio.file.Files.getLastModifiedTime(path).toMillis();
            } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
                return null; // not cacheable; reading it reports the problem
            }
        }
        return new LoadKey(file, size, modified, area, settings.get(EVALUATION_FRACTION),
                settings.get(MIN_SEGMENT_FIXES));
    }

    private static PortoTrace read(Settings settings, ServiceArea area, String file) {
        String key = settings.fullKey(TRACE.name());
        PortoTrace trace;
        try {
            TraceSource source = file.isEmpty() ? TraceSource.shippedSample() : TraceSource.file(Path.of(file));
            trace = PortoTrace.load(source, area, settings.get(EVALUATION_FRACTION), settings.get(MIN_SEGMENT_FIXES));
        } catch (TraceFormatException e) {
            throw new ConfigurationException(key, null, "is unusable: " + e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigurationException(key, file, "is not a valid path (" + e.getMessage() + ")");
        }
        String where = String.format(Locale.ROOT, "the service area (centre %.5f, %.5f, side %.0f m)",
                area.centerLatDeg(), area.centerLonDeg(), area.sideM());
        if (trace.fixes() == 0) {
            throw new ConfigurationException(key, null, "has no GPS fix inside " + where + ": trace "
                    + trace.stats().source() + " read " + trace.stats().describe()
                    + "; move the area (area.centerLat, area.centerLon, area.sideM) or use another trace");
        }
        for (Split split : Split.values()) {
            if (trace.segments(split) == 0) {
                throw new ConfigurationException(key, null, "has no segment of >= " + settings.get(MIN_SEGMENT_FIXES)
                        + " consecutive fixes inside " + where + " in the " + split.name().toLowerCase(Locale.ROOT)
                        + " split (" + trace.segments() + " segments in all, " + trace.fixes() + " fixes)");
            }
        }
        return trace;
    }
}
