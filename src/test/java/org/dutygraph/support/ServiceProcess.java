package org.dutygraph.support;

import org.dutygraph.DutygraphApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service as its own operating-system process (the test class path, the same JVM flags as the jar), for tests
 * that kill it or configure it through the environment as an operator would. Started and ready (health answers).
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param environment extra environment variables (SPRING_NEO4J_URI …)
     * @param arguments   command-line arguments (--dutygraph.data-dir=… …)
     * @param log         where the process's output goes
     */
    public static ServiceProcess start(Map<String, String> environment, List<String> arguments, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                DutygraphApplication.class.getName(), "--server.port=" + port, "--logging.level.root=WARN"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HttpJson.get(port, "/actuator/health").statusCode() == 200) {
                    return new ServiceProcess(process, port);
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service process exited with " + process.exitValue() + "; see " + log);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the service did not start within 90 s; see " + log);
    }

    public int port() {
        return port;
    }

    /** SIGKILL: the process gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
