package org.foci.env.trace;

/**
 * A trace file cannot be read as the Porto taxi CSV format at all (missing, empty, binary, a
 * wrong header, a truncated gzip stream). The message names the file, the line (when there is
 * one) and the reason: {@code trace /data/x.csv.gz, line 1: not a Porto taxi trace: ...}.
 *
 * <p>Single malformed rows are not errors: they are skipped and counted ({@link TraceStats}).
 */
public final class TraceFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    /**
     * @param source the file or resource name
     * @param line   the 1-based line, or 0 when the problem is the file itself
     * @param reason what is wrong, read after the location
     */
    public TraceFormatException(String source, long line, String reason) {
        this(source, line, reason, null);
    }

    /** With a cause. */
    public TraceFormatException(String source, long line, String reason, Throwable cause) {
        super("trace " + source + (line > 0 ? ", line " + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** The file or resource. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is the file itself. */
    public long line() {
        return line;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}
