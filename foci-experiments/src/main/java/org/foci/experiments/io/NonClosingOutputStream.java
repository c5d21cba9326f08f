package org.foci.experiments.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through and turns {@code close} into {@code flush}: for handing a stream that
 * {@link AtomicFiles} (or another owner) will close to a library that closes what it is given.
 */
public final class NonClosingOutputStream extends FilterOutputStream {

    /** Wraps {@code out}, which stays open. */
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
