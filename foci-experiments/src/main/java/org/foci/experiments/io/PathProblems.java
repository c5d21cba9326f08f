package org.foci.experiments.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * One line for a file-system failure, naming the path and the cause in the user's words: what the
 * command line prints instead of a stack trace when {@code --out}, {@code --config} or a file a
 * command writes cannot be used (a file where a folder is expected, no permission, a full disk ...).
 */
public final class PathProblems {

    private PathProblems() {
    }

    /** The first {@link FileSystemException} in {@code e}'s causes (it carries the path), or null. */
    public static FileSystemException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return fs;
            }
        }
        return null;
    }

    /** {@code PATH: cause}, e.g. {@code /data/out: exists and is a file, not a folder}. */
    public static String describe(FileSystemException e) {
        String file = e.getFile();
        String other = e.getOtherFile() == null ? "" : " (and " + e.getOtherFile() + ")";
        return file + other + ": " + cause(e);
    }

    private static String cause(FileSystemException e) {
        if (e instanceof FileAlreadyExistsException) {
            Path path = Path.of(e.getFile());
            return Files.isRegularFile(path) ? "exists and is a file, not a folder" : "already exists";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            return "cannot be used (" + e.getClass().getSimpleName() + ")";
        }
        return switch (reason) {
            case "Not a directory" -> "a file is in the way where a folder is expected";
            case "Is a directory" -> "is a folder, not a file";
            case "No space left on device" -> "no space left on device (the disk is full)";
            case "Read-only file system" -> "the file system is read-only";
            default -> reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1);
        };
    }

    /**
     * {@code e} as a {@link FileSystemException} naming {@code path}: kept as it is when it already names a
     * path, else (an {@code IOException("No space left on device")} from a stream, say) wrapped with it.
     */
    public static FileSystemException naming(Path path, IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs;
        }
        FileSystemException named = new FileSystemException(path.toString(), null,
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        named.initCause(e);
        return named;
    }
}
