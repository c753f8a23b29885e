package org.dutygraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store made at build time: the embedded database's folder after a start that created the store, applied the
 * schema migrations and imported the seed, then stopped cleanly ({@code ./mvnw -Pfast-start package}, which runs the
 * jar with {@code dutygraph.make-store-template=true}). A later start whose data folder holds no store copies it in
 * instead of doing that work again: the database then starts on an existing store with nothing to migrate and the
 * seed already there.
 *
 * <p>A template is used only by the build that made it: its marker file names the build (version and build time
 * from {@code META-INF/build-info.properties}), and a template of another build (the code, the migrations or the seed
 * may have changed since) is ignored with one log line, and the store is made as without one. The copy goes into
 * a folder beside the store and is moved into place in one step, so a start killed while copying leaves no half a
 * store behind: the next start copies again.
 */
public final class StoreTemplate {

    /** The file in a template's folder that says which build made it. */
    static final String MARKER = "dutygraph-store-template.properties";

    /** Neo4j's folder of store files and transaction logs, under the DBMS home. */
    private static final String STORE = "data";

    /** The name a copy has until it is complete. */
    static final String COPYING = ".template-copy-";

    private static final Logger log = LoggerFactory.getLogger(StoreTemplate.class);

    private StoreTemplate() {
    }

    /**
     * The build this code belongs to, "version built at time", or empty where the class path has no build
     * information (a build from an IDE): such a build neither makes nor uses templates.
     */
    public static Optional<String> build() {
        try (InputStream in = StoreTemplate.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties info = new Properties();
            info.load(in);
            String version = info.getProperty("build.version");
            String time = info.getProperty("build.time");
            return version == null || time == null ? Optional.empty() : Optional.of(version + " built at " + time);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the build information", e);
        }
    }

    /**
     * Marks a DBMS home, its database stopped, as the template of {@code build}. Refused when the folder holds no
     * store.
     */
    public static void mark(Path home, String build) {
        if (!Files.isDirectory(home.resolve(STORE))) {
            throw new IllegalStateException(home.toAbsolutePath() + " holds no store to make a template of");
        }
        Properties marker = new Properties();
        marker.setProperty("build", build);
        marker.setProperty("made", Instant.now().toString());
        try (var out = Files.newOutputStream(home.resolve(MARKER))) {
            marker.store(out, "A seeded store made by this build of dutygraph (dutygraph.store-template)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + home.resolve(MARKER), e);
        }
    }

    /**
     * Copies the template's store into {@code home} when {@code home} holds no store yet and the template was made by
     * {@code build}; says why not otherwise. Returns whether it copied.
     */
    static boolean copyInto(Path template, Path home, Optional<String> build) {
        if (Files.exists(home.resolve(STORE))) {
            return false; // a store of its own: the template is for first starts only
        }
        Optional<String> madeBy = madeBy(template);
        if (madeBy.isEmpty()) {
            log.warn("Store template {} is not one (no {} in it): making the store from scratch",
                    template.toAbsolutePath(), MARKER);
            return false;
        }
        if (build.isEmpty() || !build.get().equals(madeBy.get())) {
            log.warn("Store template {} was made by {}, this is {}: making the store from scratch (make the template "
                            + "again with ./mvnw -Pfast-start package)", template.toAbsolutePath(), madeBy.get(),
                    build.orElse("a build without build information"));
            return false;
        }
        long start = System.nanoTime();
        Path copying;
        try {
            Files.createDirectories(home);
            try (Stream<Path> leftovers = Files.list(home)) { // of a start killed while copying
                leftovers.filter(p -> p.getFileName().toString().startsWith(COPYING)).forEach(StoreTemplate::deleteTree);
            }
            copying = Files.createTempDirectory(home, COPYING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder in " + home.toAbsolutePath(), e);
        }
        try {
            copyTree(template.resolve(STORE), copying.resolve(STORE));
            Files.move(copying.resolve(STORE), home.resolve(STORE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the store template " + template.toAbsolutePath() + " into "
                    + home.toAbsolutePath(), e);
        } finally {
            deleteTree(copying);
        }
        log.info("Store copied from the template made by this build ({}) in {} ms", template.toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    private static Optional<String> madeBy(Path template) {
        Path marker = template.resolve(MARKER);
        if (!Files.isRegularFile(marker) || !Files.isDirectory(template.resolve(STORE))) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(marker)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + marker.toAbsolutePath(), e);
        }
        return Optional.ofNullable(properties.getProperty("build"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the unfinished copy {}: {}", folder.toAbsolutePath(), e.toString());
        }
    }
}
