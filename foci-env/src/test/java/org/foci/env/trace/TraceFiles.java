package org.foci.env.trace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small trace files for tests. */
final class TraceFiles {

    static final String HEADER = "\"TRIP_ID\",\"CALL_TYPE\",\"ORIGIN_CALL\",\"ORIGIN_STAND\",\"TAXI_ID\","
            + "\"TIMESTAMP\",\"DAY_TYPE\",\"MISSING_DATA\",\"POLYLINE\"";

    private TraceFiles() {
    }

    /** A row in the original quoting. */
    static String row(String tripId, String missing, String polyline) {
        return "\"" + tripId + "\",\"C\",\"\",\"\",\"20000589\",\"1372636858\",\"A\",\"" + missing + "\",\""
                + polyline + "\"";
    }

    /** A downtown polyline of n points walking east from the area centre, 20 m a fix. */
    static String walk(int n) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(String.format(java.util.Locale.ROOT, "[%.6f,%.6f]", -8.614 + i * 0.00024, 41.149));
        }
        return text.append(']').toString();
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
