package org.foci.env.trace;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.foci.api.random.SplitMix64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the Porto taxi trajectory CSV (ECML/PKDD 2015 {@code train.csv} format), plain or gzip,
 * one row at a time: it never holds more than one row, so the full 1.7 M-trip, 1.9 GB file reads in
 * constant memory (what a {@link TripVisitor} keeps is up to it).
 *
 * <p>Format: a header {@code "TRIP_ID","CALL_TYPE","ORIGIN_CALL","ORIGIN_STAND","TAXI_ID",
 * "TIMESTAMP","DAY_TYPE","MISSING_DATA","POLYLINE"} (quotes optional, a UTF-8 BOM allowed), then one
 * row per trip; POLYLINE is a JSON list of {@code [lon, lat]} pairs, parsed here by hand.
 *
 * <p>Rows are checked and skipped, never fatal ({@link SkipReason}): malformed fields, MISSING_DATA
 * True, empty polylines, one-point polylines. A source that is not this format at all — missing,
 * empty, a wrong header, binary, a truncated or corrupt gzip stream — raises a
 * {@link TraceFormatException} naming file, line and reason. Stateless and thread-safe.
 */
public final class PortoTraceReader {

    /** The column names, in order. */
    public static final List<String> HEADER = List.of("TRIP_ID", "CALL_TYPE", "ORIGIN_CALL", "ORIGIN_STAND",
            "TAXI_ID", "TIMESTAMP", "DAY_TYPE", "MISSING_DATA", "POLYLINE");

    private static final Logger LOG = LoggerFactory.getLogger(PortoTraceReader.class);
    private static final int TRIP_ID = 0;
    private static final int TIMESTAMP = 5;
    private static final int MISSING_DATA = 7;
    private static final int POLYLINE = 8;
    private static final int MAX_EXAMPLES = 5;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Receives each valid trip. */
    @FunctionalInterface
    public interface TripVisitor {
        /** Called once per kept row, in file order; {@code trip} is valid during the call only. */
        void trip(Trip trip);
    }

    private PortoTraceReader() {
    }

    /**
     * The split hash of a TRIP_ID: SplitMix64's finaliser of FNV-1a-64 over the UTF-8 bytes. The
     * same on every JVM and platform (unlike {@link String#hashCode()}, which is only 32 bits and not
     * well mixed).
     */
    public static long tripHash(String tripId) {
        byte[] bytes = tripId.getBytes(StandardCharsets.UTF_8);
        return tripHash(bytes, 0, bytes.length);
    }

    static long tripHash(byte[] bytes, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= bytes[i] & 0xFF;
            h *= FNV_PRIME;
        }
        return SplitMix64.mix64(h);
    }

    /**
     * True when a trip belongs to the evaluation split: {@code u < evaluationFraction} with
     * {@code u} the top 53 bits of {@link #tripHash} as a number in [0, 1).
     */
    public static boolean isEvaluation(long tripHash, double evaluationFraction) {
        return SplitMix64.unit(tripHash) < evaluationFraction;
    }

    /**
     * Reads a trace.
     *
     * @param source  the file or resource; never null
     * @param visitor receives every kept trip; never null
     * @return what was read and skipped
     * @throws TraceFormatException when the source is not a Porto trace at all
     */
    public static TraceStats read(TraceSource source, TripVisitor visitor) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(visitor, "visitor");
        String name = source.name();
        RowParser parser = new RowParser(name);
        CsvRecordReader csv = null;
        try (InputStream raw = source.opener().open()) {
            InputStream in = decompressIfGzip(raw, name);
            csv = new CsvRecordReader(in, name);
            readHeader(csv, name);
            while (csv.next()) {
                if (!csv.blank()) {
                    parser.row(csv, visitor);
                }
            }
        } catch (TraceFormatException e) {
            throw e;
        } catch (EOFException | ZipException e) {
            throw new TraceFormatException(name, csv == null ? 0 : csv.line(),
                    "the gzip stream is truncated or corrupt (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new TraceFormatException(name, csv == null ? 0 : csv.line(), "cannot be read: " + e, e);
        }
        TraceStats stats = parser.stats();
        LOG.debug("read trace {}: {}", name, stats.describe());
        return stats;
    }

    private static InputStream decompressIfGzip(InputStream raw, String name) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (EOFException | ZipException e) {
                throw new TraceFormatException(name, 0, "the gzip stream is truncated or corrupt (" + e.getMessage()
                        + ")", e);
            }
        }
        return in;
    }

    private static void readHeader(CsvRecordReader csv, String name) throws IOException {
        if (!csv.next()) {
            throw new TraceFormatException(name, 0, "file is empty: expected the Porto header line " + headerText());
        }
        byte[] bytes = csv.bytes();
        int length = csv.length();
        boolean binary = false;
        for (int i = 0; i < length && !binary; i++) {
            int c = bytes[i] & 0xFF;
            binary = c == 0 || (c < 0x20 && c != '\t');
        }
        if (!binary) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            } catch (CharacterCodingException e) {
                binary = true;
            }
        }
        if (binary) {
            throw new TraceFormatException(name, csv.line(), "not a Porto taxi trace: the header line holds "
                    + "binary data; expected " + headerText());
        }
        boolean matches = csv.fieldCount() == HEADER.size() && !csv.badQuoting();
        for (int i = 0; matches && i < HEADER.size(); i++) {
            int from = csv.start(i);
            if (i == 0 && csv.end(0) - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                    && (bytes[from + 2] & 0xFF) == 0xBF) {
                from += 3;   // UTF-8 byte-order mark
            }
            String field = new String(bytes, from, csv.end(i) - from, StandardCharsets.UTF_8).trim();
            matches = field.equals(HEADER.get(i));
        }
        if (!matches) {
            StringBuilder found = new StringBuilder();
            for (int i = 0; i < Math.min(csv.fieldCount(), 64); i++) {
                if (i > 0) {
                    found.append(',');
                }
                found.append(new String(bytes, csv.start(i), csv.end(i) - csv.start(i), StandardCharsets.UTF_8));
            }
            String text = found.toString().replaceAll("[^\\x20-\\x7E]", "?");
            throw new TraceFormatException(name, csv.line(), "not a Porto taxi trace: expected the header "
                    + headerText() + " but found '" + (text.length() > 200 ? text.substring(0, 200) + "..." : text)
                    + "'");
        }
    }

    private static String headerText() {
        return String.join(",", HEADER);
    }

    /** Parses and checks rows; holds the counts and the current trip's points. */
    private static final class RowParser implements Trip {
        private final String source;
        private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        private final List<String> examples = new ArrayList<>();
        private long rows;
        private long trips;
        private long points;

        private double[] lon = new double[256];
        private double[] lat = new double[256];
        private int count;
        private byte[] rec;
        private int idFrom;
        private int idTo;
        private long hash;
        private long line;
        private double number;

        RowParser(String source) {
            this.source = source;
            for (SkipReason reason : SkipReason.values()) {
                skipped.put(reason, 0L);
            }
        }

        TraceStats stats() {
            return new TraceStats(source, rows, trips, points, Map.copyOf(skipped), examples);
        }

        void row(CsvRecordReader csv, TripVisitor visitor) {
            rows++;
            rec = csv.bytes();
            line = csv.line();
            String problem = check(csv);
            if (problem != null) {
                skip(SkipReason.MALFORMED, problem);
                return;
            }
            if (missingData) {
                skip(SkipReason.MISSING_DATA, null);
            } else if (count == 0) {
                skip(SkipReason.EMPTY_POLYLINE, null);
            } else if (count == 1) {
                skip(SkipReason.SINGLE_POINT, null);
            } else {
                trips++;
                points += count;
                hash = PortoTraceReader.tripHash(rec, idFrom, idTo);
                visitor.trip(this);
            }
        }

        private boolean missingData;

        /** Null when the row is well formed, else the reason. */
        private String check(CsvRecordReader csv) {
            if (csv.fieldCount() != HEADER.size()) {
                return "has " + csv.fieldCount() + " fields, expected " + HEADER.size();
            }
            if (csv.badQuoting()) {
                return "has misplaced or unterminated quotes";
            }
            idFrom = csv.start(TRIP_ID);
            idTo = csv.end(TRIP_ID);
            while (idFrom < idTo && rec[idFrom] == ' ') {
                idFrom++;
            }
            while (idTo > idFrom && rec[idTo - 1] == ' ') {
                idTo--;
            }
            if (idFrom == idTo) {
                return "TRIP_ID is empty";
            }
            if (!isInteger(csv.start(TIMESTAMP), csv.end(TIMESTAMP))) {
                return "TIMESTAMP is not an integer";
            }
            String missing = text(csv.start(MISSING_DATA), csv.end(MISSING_DATA));
            if (missing.equalsIgnoreCase("true")) {
                missingData = true;
            } else if (missing.equalsIgnoreCase("false")) {
                missingData = false;
            } else {
                return "MISSING_DATA is '" + abbreviate(missing) + "', expected True or False";
            }
            return polyline(csv.start(POLYLINE), csv.end(POLYLINE));
        }

        private void skip(SkipReason reason, String problem) {
            skipped.merge(reason, 1L, Long::sum);
            if (problem != null && examples.size() < MAX_EXAMPLES) {
                String example = "line " + line + ": " + problem;
                examples.add(example);
                LOG.warn("trace {}: skipping malformed row at {}", source, example);
            }
        }

        private boolean isInteger(int from, int to) {
            int i = from;
            while (i < to && rec[i] == ' ') {
                i++;
            }
            if (i < to && (rec[i] == '-' || rec[i] == '+')) {
                i++;
            }
            int digits = 0;
            while (i < to && rec[i] >= '0' && rec[i] <= '9') {
                i++;
                digits++;
            }
            while (i < to && rec[i] == ' ') {
                i++;
            }
            return digits > 0 && i == to;
        }

        private String text(int from, int to) {
            return new String(rec, from, to - from, StandardCharsets.UTF_8).trim();
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "..." : text;
        }

        /** Parses {@code [[lon,lat],...]} into lon/lat; null when well formed, else the reason. */
        private String polyline(int from, int to) {
            count = 0;
            int i = skipSpace(from, to);
            if (i >= to || rec[i] != '[') {
                return "POLYLINE does not start with '['";
            }
            i = skipSpace(i + 1, to);
            if (i < to && rec[i] == ']') {
                return skipSpace(i + 1, to) == to ? null : "POLYLINE has text after the closing ']'";
            }
            while (true) {
                if (i >= to || rec[i] != '[') {
                    return "POLYLINE point " + (count + 1) + " does not start with '['";
                }
                i = number(skipSpace(i + 1, to), to);
                if (i < 0) {
                    return "POLYLINE point " + (count + 1) + " has a malformed longitude";
                }
                double x = number;
                i = skipSpace(i, to);
                if (i >= to || rec[i] != ',') {
                    return "POLYLINE point " + (count + 1) + " lacks the ',' between longitude and latitude";
                }
                i = number(skipSpace(i + 1, to), to);
                if (i < 0) {
                    return "POLYLINE point " + (count + 1) + " has a malformed latitude";
                }
                double y = number;
                i = skipSpace(i, to);
                if (i >= to || rec[i] != ']') {
                    return "POLYLINE point " + (count + 1) + " is not a [lon, lat] pair";
                }
                if (!(Math.abs(x) <= 180.0) || !(Math.abs(y) <= 90.0)) {
                    return "POLYLINE point " + (count + 1) + " is out of range: [" + x + ", " + y + "]";
                }
                if (count == lon.length) {
                    lon = Arrays.copyOf(lon, count * 2);
                    lat = Arrays.copyOf(lat, count * 2);
                }
                lon[count] = x;
                lat[count] = y;
                count++;
                i = skipSpace(i + 1, to);
                if (i < to && rec[i] == ',') {
                    i = skipSpace(i + 1, to);
                } else if (i < to && rec[i] == ']') {
                    return skipSpace(i + 1, to) == to ? null : "POLYLINE has text after the closing ']'";
                } else {
                    return "POLYLINE point " + (count + 1) + " is not preceded by ',' (or the list is not closed)";
                }
            }
        }

        private int skipSpace(int i, int to) {
            while (i < to && (rec[i] == ' ' || rec[i] == '\t' || rec[i] == '\n' || rec[i] == '\r')) {
                i++;
            }
            return i;
        }

        /**
         * Parses a JSON number at i into {@link #number}; returns the index after it, or -1. Plain
         * decimals with up to 15 significant digits are exact (integer mantissa divided by a power of
         * ten, both exact doubles, so the quotient is correctly rounded like Double.parseDouble);
         * anything else goes through Double.parseDouble.
         */
        private int number(int i, int to) {
            int start = i;
            boolean negative = false;
            if (i < to && (rec[i] == '-' || rec[i] == '+')) {
                negative = rec[i] == '-';
                i++;
            }
            long mantissa = 0;
            int digits = 0;
            int fraction = 0;
            while (i < to && rec[i] >= '0' && rec[i] <= '9') {
                mantissa = mantissa * 10 + (rec[i] - '0');
                digits++;
                i++;
                if (digits > 15) {
                    return slowNumber(start, to);
                }
            }
            if (i < to && rec[i] == '.') {
                i++;
                while (i < to && rec[i] >= '0' && rec[i] <= '9') {
                    mantissa = mantissa * 10 + (rec[i] - '0');
                    digits++;
                    fraction++;
                    i++;
                    if (digits > 15) {
                        return slowNumber(start, to);
                    }
                }
            }
            if (digits == 0) {
                return -1;
            }
            if (i < to && (rec[i] == 'e' || rec[i] == 'E')) {
                return slowNumber(start, to);
            }
            double value = mantissa / POW10[fraction];
            number = negative ? -value : value;
            return i;
        }

        private int slowNumber(int start, int to) {
            int end = start;
            while (end < to && "+-.eE0123456789".indexOf(rec[end]) >= 0) {
                end++;
            }
            try {
                number = Double.parseDouble(new String(rec, start, end - start, StandardCharsets.ISO_8859_1));
            } catch (NumberFormatException e) {
                return -1;
            }
            return Double.isFinite(number) ? end : -1;
        }

        // --- Trip view ---

        @Override
        public String tripId() {
            return new String(rec, idFrom, idTo - idFrom, StandardCharsets.UTF_8);
        }

        @Override
        public long tripHash() {
            return hash;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public int points() {
            return count;
        }

        @Override
        public double lon(int i) {
            return lon[i];
        }

        @Override
        public double lat(int i) {
            return lat[i];
        }
    }
}
