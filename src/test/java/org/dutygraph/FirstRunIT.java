package org.dutygraph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A newcomer's first command on a machine whose default Java is older than 21 (these machines have 17): the build
 * finds an installed JDK 21+ by itself (the toolchains plugin's discovery) and compiles with it, where it used to stop
 * in the compiler with "release version 21 not supported". Tried on a copy of the project's pom.xml and Maven wrapper
 * around one Java 21 source (compiling the project itself here would write into the running build's classes),
 * started with JAVA_HOME and PATH pointing at an older Java found on the PATH; skipped, saying so, where the machine
 * has none.
 */
@DisplayName("The first command on an older Java")
class FirstRunIT {

    @Test
    void a_build_started_on_java_older_than_21_compiles_with_an_installed_jdk_21_or_newer() throws Exception {
        Optional<Path> older = olderJavaHome();
        assumeTrue(older.isPresent(), "no Java older than 21 on the PATH of this machine: nothing to try");
        Path project = Files.createTempDirectory("dutygraph-first-run");
        Files.copy(Path.of("pom.xml"), project.resolve("pom.xml"));
        Files.copy(Path.of("mvnw"), project.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
        copyTree(Path.of(".mvn"), project.resolve(".mvn"));
        Path source = project.resolve("src/main/java/org/dutygraph/probe/Probe.java");
        Files.createDirectories(source.getParent());
        // a switch over a sealed type with record patterns: Java 21, refused by a 17 compiler
        Files.writeString(source, """
                package org.dutygraph.probe;
                sealed interface Role permits Lead, Support {}
                record Lead(String department) implements Role {}
                record Support(String department) implements Role {}
                class Probe {
                    static String name(Role role) {
                        return switch (role) {
                            case Lead(String d) -> d + " leads";
                            case Support(String d) -> d + " supports";
                        };
                    }
                }
                """);
        Path log = project.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "-B", "-V", "compile").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", older.get().toString());
        env.put("PATH", older.get().resolve("bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        Process maven = builder.start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("Maven finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(maven.exitValue()).as(output).isZero();
        assertThat(output).as("Maven itself ran on the older Java").contains("runtime: " + older.get())
                .containsPattern("Toolchain in maven-compiler-plugin: JDK\\[[^\\]]+\\]")
                .doesNotContain("release version 21 not supported");
        assertThat(Files.exists(project.resolve("target/classes/org/dutygraph/probe/Probe.class"))).isTrue();
        assertThat(javaHomeOfToolchain(output)).isNotEqualTo(older.get());
        deleteTree(project);
    }

    private static Path javaHomeOfToolchain(String output) throws IOException {
        var m = java.util.regex.Pattern.compile("Toolchain in maven-compiler-plugin: JDK\\[([^\\]]+)\\]").matcher(output);
        assertThat(m.find()).isTrue();
        return Path.of(m.group(1)).toRealPath();
    }

    /** A java on the PATH older than 21 (its java.home), as a newcomer's shell would find it first. */
    private static Optional<Path> olderJavaHome() throws Exception {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path java = Path.of(dir.isBlank() ? "." : dir, "java");
            if (dir.isBlank() || !Files.isExecutable(java)) {
                continue;
            }
            Process p = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
            String settings = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            String version = property(settings, "java.specification.version");
            String home = property(settings, "java.home");
            if (version != null && home != null && Integer.parseInt(version.replaceFirst("^1\\.", "").split("\\.")[0]) < 21) {
                return Optional.of(Path.of(home).toRealPath());
            }
        }
        return Optional.empty();
    }

    private static String property(String settings, String name) {
        for (String line : settings.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith(name + " = ")) {
                return trimmed.substring(name.length() + 3).trim();
            }
        }
        return null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
