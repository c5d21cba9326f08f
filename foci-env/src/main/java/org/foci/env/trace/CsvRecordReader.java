package org.foci.env.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A streaming RFC 4180 record reader over bytes: comma separated, fields optionally in double quotes
 * with {@code ""} for a quote, records ended by LF (a CR before it is dropped; quoted line breaks
 * are kept). Field contents are unescaped into one reusable buffer; nothing is allocated per row.
 * Not thread-safe.
 */
final class CsvRecordReader {

    /** The longest record accepted; longer ones mean the file is not a trace. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    private static final int MAX_FIELDS = 64;

    private static final int START_FIELD = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;

    private final InputStream in;
    private final String source;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] rec = new byte[1 << 12];
    private int recLength;
    private final int[] fieldStart = new int[MAX_FIELDS];
    private final int[] fieldEnd = new int[MAX_FIELDS];
    private int fields;
    private boolean badQuoting;
    private long nextLine = 1;
    private long line;

    CsvRecordReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws IOException          when the stream fails (a truncated gzip, for example)
     * @throws TraceFormatException when a record is longer than {@link #MAX_RECORD_BYTES}
     */
    boolean next() throws IOException {
        recLength = 0;
        fields = 0;
        badQuoting = false;
        line = nextLine;
        int state = START_FIELD;
        int start = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (!fill()) {
                    if (!any) {
                        return false;
                    }
                    if (state == QUOTED) {
                        badQuoting = true;   // unterminated quote at the end of the input
                    }
                    endField(start);
                    return true;
                }
            }
            any = true;
            byte b = buf[pos++];
            switch (state) {
                case START_FIELD -> {
                    if (b == '"') {
                        state = QUOTED;
                    } else if (b == ',') {
                        endField(start);
                        start = recLength;
                    } else if (b == '\n') {
                        nextLine++;
                        endField(start);
                        return true;
                    } else if (b != '\r') {
                        append(b);
                        state = UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (b == ',') {
                        endField(start);
                        start = recLength;
                        state = START_FIELD;
                    } else if (b == '\n') {
                        nextLine++;
                        endField(start);
                        return true;
                    } else if (b != '\r') {
                        if (b == '"') {
                            badQuoting = true;
                        }
                        append(b);
                    }
                }
                case QUOTED -> {
                    if (b == '"') {
                        state = QUOTE_SEEN;
                    } else {
                        if (b == '\n') {
                            nextLine++;
                        }
                        append(b);
                        // fast path: copy a run of ordinary bytes of a long quoted field at once
                        int run = pos;
                        while (run < limit) {
                            byte c = buf[run];
                            if (c == '"' || c == '\n') {
                                break;
                            }
                            run++;
                        }
                        if (run > pos) {
                            appendRange(pos, run - pos);
                            pos = run;
                        }
                    }
                }
                default -> { // QUOTE_SEEN
                    if (b == '"') {
                        append(b);
                        state = QUOTED;
                    } else if (b == ',') {
                        endField(start);
                        start = recLength;
                        state = START_FIELD;
                    } else if (b == '\n') {
                        nextLine++;
                        endField(start);
                        return true;
                    } else if (b != '\r') {
                        badQuoting = true;
                        append(b);
                        state = UNQUOTED;
                    }
                }
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void endField(int start) {
        if (fields < MAX_FIELDS) {
            fieldStart[fields] = start;
            fieldEnd[fields] = recLength;
        }
        fields++;
    }

    private void append(byte b) {
        if (recLength == rec.length) {
            grow(recLength + 1);
        }
        rec[recLength++] = b;
    }

    private void appendRange(int from, int length) {
        if (recLength + length > rec.length) {
            grow(recLength + length);
        }
        System.arraycopy(buf, from, rec, recLength, length);
        recLength += length;
    }

    private void grow(int needed) {
        if (needed > MAX_RECORD_BYTES) {
            throw new TraceFormatException(source, line, "not a Porto taxi trace: the record is longer than "
                    + (MAX_RECORD_BYTES >> 20) + " MiB");
        }
        rec = Arrays.copyOf(rec, Math.min(MAX_RECORD_BYTES, Math.max(needed, rec.length * 2)));
    }

    /** Fields of the record (may exceed what is stored when a record has more than 64). */
    int fieldCount() {
        return fields;
    }

    /** Offset of field i in {@link #bytes()}. */
    int start(int i) {
        return fieldStart[i];
    }

    /** End (exclusive) of field i in {@link #bytes()}. */
    int end(int i) {
        return fieldEnd[i];
    }

    /** The unescaped bytes of the record. */
    byte[] bytes() {
        return rec;
    }

    /** Length of the record's unescaped bytes. */
    int length() {
        return recLength;
    }

    /** True when quotes were misplaced or a quoted field was never closed. */
    boolean badQuoting() {
        return badQuoting;
    }

    /** The 1-based line the record started on. */
    long line() {
        return line;
    }

    /** True when the record is a blank line. */
    boolean blank() {
        return fields == 1 && recLength == 0 && !badQuoting;
    }
}
