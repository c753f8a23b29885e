package org.dutygraph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A newcomer's first command on a machine whose default Java is older than 21 (these machines have 17): the build
 * stops before compiling and says what is missing and how to fix it, instead of the compiler's "release version 21
 * not supported". Runs the project's own Maven wrapper with an older JDK found on the PATH; skipped, saying so, where
 * the machine has none.
 */
@DisplayName("The first command on an older Java")
class FirstRunIT {

    @Test
    void a_build_on_java_older_than_21_stops_before_compiling_and_says_how_to_fix_it() throws Exception {
        Optional<Path> older = olderJavaHome();
        assumeTrue(older.isPresent(), "no Java older than 21 on the PATH of this machine: nothing to try");
        Path log = Files.createTempFile("dutygraph-first-run", ".log");
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "-B", "validate").directory(new File("."))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", older.get().toString());
        env.put("PATH", older.get().resolve("bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        Process maven = builder.start();
        assertThat(maven.waitFor(3, TimeUnit.MINUTES)).as("Maven finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(maven.exitValue()).as(output).isNotZero();
        assertThat(output).contains("dutygraph needs a JDK 21 or newer; this build runs on the Java at " + older.get().toRealPath())
                .contains("Point JAVA_HOME at a JDK 21+")
                .doesNotContain("maven-compiler-plugin").doesNotContain("release version");
        Files.deleteIfExists(log);
    }

    /** A java on the PATH older than 21 (its java.home), as a newcomer's shell would find it first. */
    private static Optional<Path> olderJavaHome() throws Exception {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path java = Path.of(dir, "java");
            if (!dir.isBlank() && Files.isExecutable(java)) {
                candidates.add(java);
            }
        }
        for (Path java : candidates) {
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
}
