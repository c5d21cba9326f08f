package org.foci.experiments.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.Settings;

/**
 * A digest of the code that computes a run's numbers, so that a run finished by one build is not
 * silently reused by another: the classes and resources of the jars (or class directories) that
 * the API, this module and every plug-in {@link java.util.ServiceLoader} finds were loaded from.
 *
 * <p>By content only: entry names and bytes, sorted; not paths, timestamps, manifests or Maven's
 * {@code META-INF/maven} metadata. So two builds of the same sources on any machine agree (javac's
 * output is deterministic), a jar and a class directory with the same files agree, and any changed
 * class or resource (the shipped trace included) changes it. Libraries (DL4J, Guice, …) are not
 * hashed: their versions are pinned in the POM and listed in each report.
 *
 * <p>Computed once per JVM (about 0.2 s here, mostly reading the jars); thread-safe.
 */
public final class BuildFingerprint {

    private static volatile String current;

    private BuildFingerprint() {
    }

    /**
     * The project version of the running build ({@code 0.2.0}), from the version file Maven fills in; "development
     * build" when the file is missing (classes compiled outside Maven).
     */
    public static String version() {
        try (InputStream in = BuildFingerprint.class.getResourceAsStream("/org/foci/experiments/version.properties")) {
            if (in == null) {
                return "development build";
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "development build");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 0.2.0 (build 1a2b3c4d5e6f7a8b)}: the version and the fingerprint, as results record them. */
    public static String describe() {
        return version() + " (build " + current() + ")";
    }

    /** The fingerprint of the running build: 16 hex digits of a SHA-256. */
    public static String current() {
        String value = current;
        if (value == null) {
            synchronized (BuildFingerprint.class) {
                value = current;
                if (value == null) {
                    value = digest(codeSources());
                    current = value;
                }
            }
        }
        return value;
    }

    private static List<Path> codeSources() {
        TreeSet<Path> sources = new TreeSet<>();
        addSource(sources, Settings.class);
        addSource(sources, BuildFingerprint.class);
        for (PluginKind<?> kind : PluginKind.all()) {
            PluginDiscovery.discover(kind).plugins().values()
                    .forEach(plugin -> addSource(sources, plugin.provider().getClass()));
        }
        return List.copyOf(sources);
    }

    private static void addSource(Collection<Path> sources, Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return;     // the JDK's own classes
        }
        try {
            sources.add(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the code of " + type.getName() + " at "
                    + source.getLocation(), e);
        }
    }

    /**
     * The fingerprint of some jars and class directories: each hashed by content, the hashes sorted
     * (so neither their paths nor their order matter), then hashed together.
     */
    static String digest(Collection<Path> codeSources) {
        List<String> hashes = new ArrayList<>();
        for (Path source : codeSources) {
            hashes.add(HexFormat.of().formatHex(contentHash(source)));
        }
        hashes.sort(null);
        MessageDigest all = sha256();
        hashes.forEach(h -> all.update(h.getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(all.digest()).substring(0, 16);
    }

    private static byte[] contentHash(Path source) {
        // entry name -> bytes, sorted by name
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try {
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = source.relativize(file).toString().replace('\\', '/');
                        if (counts(name)) {
                            entries.put(name, Files.readAllBytes(file));
                        }
                    }
                }
            } else if (Files.isRegularFile(source)) {
                try (ZipFile zip = new ZipFile(source.toFile())) {
                    Enumeration<? extends ZipEntry> all = zip.entries();
                    while (all.hasMoreElements()) {
                        ZipEntry entry = all.nextElement();
                        if (!entry.isDirectory() && counts(entry.getName())) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                entries.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " to fingerprint the build", e);
        }
        MessageDigest digest = sha256();
        entries.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        });
        return digest.digest();
    }

    /** Build metadata that changes without the code changing does not count. */
    private static boolean counts(String entryName) {
        return !entryName.equals("META-INF/MANIFEST.MF") && !entryName.startsWith("META-INF/maven/");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
