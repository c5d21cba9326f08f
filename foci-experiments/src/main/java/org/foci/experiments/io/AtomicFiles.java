package org.foci.experiments.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees a half-written one: into a temporary file in the same
 * directory, then an atomic move over the target.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Writer {
        /** Writes everything to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through {@code writer}, atomically. Creates parent directories.
     *
     * @throws java.nio.file.FileSystemException naming {@code target} (or the folder in the way) when the file
     *         system refuses: a file where a folder is expected, no permission, a full disk; the old file, if
     *         any, is left as it was and no temporary file remains
     * @throws IOException whatever else {@code writer} throws, as it is
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        } catch (IOException e) {
            throw PathProblems.naming(dir, e);
        }
        try {
            try (OutputStream out = naming(Files.newOutputStream(temp), absolute)) {
                writer.writeTo(out);
            }
            readableByAll(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw PathProblems.naming(absolute, e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@code out}, whose own failures become {@link java.nio.file.FileSystemException}s naming {@code target}. */
    static OutputStream naming(OutputStream out, Path target) {
        return new NamingStream(out, target);
    }

    /**
     * The temporary file's stream, whose own failures (ENOSPC arrives as a bare "No space left on device")
     * name the target, while the writer's other exceptions pass through untouched.
     */
    private static final class NamingStream extends java.io.FilterOutputStream {
        private final Path target;

        NamingStream(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw PathProblems.naming(target, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw PathProblems.naming(target, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw PathProblems.naming(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw PathProblems.naming(target, e);
            }
        }
    }

    /**
     * Temporary files are created readable by their owner only; results are meant to be shared,
     * so the file gets the usual rw-r--r-- before it takes the target's place.
     */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems: their defaults apply.
        }
    }

    /** Writes UTF-8 text atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
