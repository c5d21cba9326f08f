package org.foci.env.trace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a pass over a trace file met: data rows, trips kept, GPS points of kept trips, and rows
 * skipped by reason, with a few examples of malformed lines. Immutable.
 *
 * @param source       the file or resource read
 * @param rows         data rows (header and blank lines excluded)
 * @param trips        rows kept (valid, not missing data, at least two points)
 * @param points       GPS points of the kept trips
 * @param skipped      skipped rows by reason (every reason present, possibly 0)
 * @param examples     up to five "line N: reason" texts of malformed rows
 */
public record TraceStats(String source, long rows, long trips, long points, Map<SkipReason, Long> skipped,
                         List<String> examples) {

    public TraceStats {
        Objects.requireNonNull(source, "source");
        EnumMap<SkipReason, Long> all = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            all.put(reason, skipped.getOrDefault(reason, 0L));
        }
        skipped = java.util.Collections.unmodifiableMap(all);
        examples = List.copyOf(examples);
    }

    /** Rows skipped for any reason. */
    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows skipped for one reason. */
    public long skipped(SkipReason reason) {
        return skipped.get(reason);
    }

    /** One line for logs: {@code 1,500 rows, 1,481 trips kept, 19 skipped (3 empty polyline, ...)}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(java.util.Locale.ROOT, "%,d rows, %,d trips kept (%,d GPS points), %,d skipped",
                rows, trips, points, skippedRows()));
        text.append(" (");
        boolean first = true;
        for (SkipReason reason : SkipReason.values()) {
            if (!first) {
                text.append(", ");
            }
            first = false;
            text.append(String.format(java.util.Locale.ROOT, "%,d %s", skipped.get(reason),
                    reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        return text.append(')').toString();
    }
}
