package org.foci.env.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a Porto trace comes from: a file (plain CSV or gzip, told apart by the gzip magic bytes, not
 * by the name) or the sample shipped in this jar.
 *
 * @param name   what messages call it (the path, or {@code classpath:...})
 * @param opener opens a fresh stream; throws {@link TraceFormatException} when it cannot
 */
public record TraceSource(String name, Opener opener) {

    /** The class-path location of the shipped sample: the first 1,500 rows of Porto's train.csv. */
    public static final String SHIPPED_SAMPLE = "org/foci/env/porto/porto_train_first1500.csv.gz";

    /** Opens a stream of the raw (possibly gzipped) bytes. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @return a new stream; the caller closes it
         * @throws IOException when reading fails
         */
        InputStream open() throws IOException;
    }

    public TraceSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    /**
     * A file.
     *
     * @throws TraceFormatException naming the file when it does not exist, is a directory or
     *                              cannot be read
     */
    public static TraceSource file(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new TraceFormatException(name, 0, "file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new TraceFormatException(name, 0, "is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new TraceFormatException(name, 0, "file is not readable");
        }
        return new TraceSource(name, () -> {
            try {
                return Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new TraceFormatException(name, 0, "file does not exist", e);
            }
        });
    }

    /** The sample shipped in the jar (see {@code org/foci/env/porto/SOURCE.md} and {@code NOTICE.md}). */
    public static TraceSource shippedSample() {
        return resource(SHIPPED_SAMPLE);
    }

    /** A class-path resource of this jar's class loader. */
    public static TraceSource resource(String path) {
        String name = "classpath:" + path;
        return new TraceSource(name, () -> {
            InputStream in = TraceSource.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new TraceFormatException(name, 0, "resource not found on the class path");
            }
            return in;
        });
    }
}
