package org.foci.sweep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.foci.experiments.report.Metric;
import org.foci.sweep.grid.SweepPlan;
import org.foci.sweep.grid.SweepPoint;
import org.foci.sweep.run.SweepRow;

/**
 * The rows of a sweep as a table, one row per run, the same columns in {@code sweep.csv} and
 * {@code sweep.parquet}: {@code index, runId, preset, method, seed}, every setting key of the grid,
 * every metric of the Table 1 set ({@link Metric#all()}), {@code wallSeconds, taskSeconds, executorId,
 * host, status, error}.
 *
 * <p>A setting column is typed by its values: whole numbers, decimals, or text when any value is not a
 * number. It is empty (null) in the rows of runs it does not apply to (NSG has no learning rate).
 * Metrics are empty for failed runs.
 */
public final class SweepTable {

    /** The type of a column's values. */
    public enum Kind {
        /** {@code int}: the index. */
        INT,
        /** {@code long}: seeds, whole-number settings. */
        LONG,
        /** {@code double}: metrics, times, decimal settings. */
        DOUBLE,
        /** Text. */
        TEXT
    }

    /**
     * A column.
     *
     * @param name    its header
     * @param kind    the type of its values
     * @param setting true for a setting key of the grid
     */
    public record Column(String name, Kind kind, boolean setting) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final SweepPlan plan;
    private final List<Column> columns;

    /** The table of a sweep's plan; its rows come from {@link #values(SweepRow)}. */
    public SweepTable(SweepPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        List<Column> list = new ArrayList<>();
        list.add(new Column("index", Kind.INT, false));
        list.add(new Column("runId", Kind.TEXT, false));
        list.add(new Column("preset", Kind.TEXT, false));
        list.add(new Column("method", Kind.TEXT, false));
        list.add(new Column("seed", Kind.LONG, false));
        for (String key : plan.settingKeys()) {
            list.add(new Column(key, settingKind(plan, key), true));
        }
        for (Metric metric : Metric.all()) {
            list.add(new Column(metric.key(), Kind.DOUBLE, false));
        }
        list.add(new Column("wallSeconds", Kind.DOUBLE, false));
        list.add(new Column("taskSeconds", Kind.DOUBLE, false));
        list.add(new Column("executorId", Kind.TEXT, false));
        list.add(new Column("host", Kind.TEXT, false));
        list.add(new Column("status", Kind.TEXT, false));
        list.add(new Column("error", Kind.TEXT, false));
        this.columns = List.copyOf(list);
    }

    /** The columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    /**
     * A row's values in column order, typed by {@link Column#kind()} ({@code Integer}, {@code Long},
     * {@code Double}, {@code String}); null where empty.
     */
    public List<Object> values(SweepRow row) {
        SweepPoint point = row.point();
        Map<String, Object> byName = new LinkedHashMap<>();
        byName.put("index", point.index());
        byName.put("runId", point.runId());
        byName.put("preset", point.preset());
        byName.put("method", point.method());
        byName.put("seed", point.seed());
        for (Metric metric : Metric.all()) {
            byName.put(metric.key(), finiteOrNull(row.metric(metric)));
        }
        byName.put("wallSeconds", finiteOrNull(row.wallSeconds()));
        byName.put("taskSeconds", finiteOrNull(row.taskSeconds()));
        byName.put("executorId", row.executorId());
        byName.put("host", row.host());
        byName.put("status", row.status().label());
        byName.put("error", row.error());
        List<Object> values = new ArrayList<>(columns.size());
        for (Column column : columns) {
            values.add(column.setting() ? typed(point.settings().get(column.name()), column.kind())
                    : byName.get(column.name()));
        }
        return values;
    }

    /** {@code sweep.csv}: a header, then one line per row (RFC 4180 quoting). */
    public String csv(List<SweepRow> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", columns.stream().map(c -> quote(c.name())).toList())).append('\n');
        for (SweepRow row : rows) {
            List<Object> values = values(row);
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Column column = columns.get(i);
                // Settings as the grid wrote them (0.0001 stays 0.0001); numbers in full precision.
                Object value = column.setting() ? row.point().settings().get(column.name()) : values.get(i);
                csv.append(value == null ? "" : quote(text(value)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The plan this table belongs to. */
    public SweepPlan plan() {
        return plan;
    }

    /** Whole numbers if every value of the key is one, else decimals if every value is a number, else text. */
    static Kind settingKind(SweepPlan plan, String key) {
        boolean whole = true;
        boolean numeric = true;
        for (SweepPoint point : plan.points()) {
            String value = point.settings().get(key);
            if (value == null) {
                continue;
            }
            whole &= parsesAsLong(value);
            numeric &= parsesAsDouble(value);
        }
        return whole ? Kind.LONG : numeric ? Kind.DOUBLE : Kind.TEXT;
    }

    static boolean parsesAsDouble(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean parsesAsLong(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Object typed(String value, Kind kind) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case LONG -> Long.parseLong(value);
            case DOUBLE -> Double.parseDouble(value);
            case INT -> Integer.parseInt(value);
            case TEXT -> value;
        };
    }

    private static Double finiteOrNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String text(Object value) {
        return value instanceof Double d ? Double.toString(d) : String.valueOf(value);
    }

    /** Quotes a CSV field when it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
