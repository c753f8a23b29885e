package org.dutygraph.bench;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.support.GraphQlHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load: N concurrent GraphQL clients on loopback for a bounded time, each looping over the analysis queries of
 * {@link AnalysisLatencyBenchmark} on the seed. Reports throughput, latency percentiles, errors and the service's heap
 * after a full GC before and after the run (the service runs in this JVM), and sampled during the run (a full GC
 * every few seconds, then the heap in use: the live set over time). Bounded in clients and seconds; it sends traffic
 * to 127.0.0.1 only.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.LoadBenchmark
 * -Dbench.args="32 60 FILE.md 30"} (clients, seconds, report file, seconds between heap samples).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int sampleEvery = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path store = Files.createTempDirectory("dutygraph-load");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DutygraphApplication.class)
                .properties("logging.level.root=WARN").run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0")) {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            List<String> queries = List.copyOf(AnalysisLatencyBenchmark.QUERIES.values());
            GraphQlHttp warm = GraphQlHttp.on(port);
            for (int i = 0; i < 50; i++) {
                queries.forEach(q -> warm.execute(q, Map.of()));
            }
            long heapBefore = heapAfterGc();
            AtomicLong errors = new AtomicLong();
            long begin = System.nanoTime();
            long deadline = begin + seconds * 1_000_000_000L;
            List<String> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
            var sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> { // live heap over the run: a full GC, then what is left
                try {
                    samples.add(String.format(Locale.ROOT, "%d s: %d MiB", (System.nanoTime() - begin) / 1_000_000_000L, heapAfterGc() >> 20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, sampleEvery, sampleEvery, java.util.concurrent.TimeUnit.SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<double[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                results.add(pool.submit(() -> {
                    GraphQlHttp client = GraphQlHttp.on(port);
                    double[] times = new double[1 << 16];
                    int n = 0;
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                        long start = System.nanoTime();
                        try {
                            String answer = client.execute(queries.get(i % queries.size()), Map.of()).jsonString();
                            if (answer.contains("\"errors\"")) {
                                errors.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        if (n == times.length) {
                            times = Arrays.copyOf(times, n * 2);
                        }
                        times[n++] = (System.nanoTime() - start) / 1e6;
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<double[]> f : results) {
                for (double t : f.get()) {
                    all.add(t);
                }
            }
            pool.shutdown();
            sampler.shutdownNow();
            long heapAfter = heapAfterGc();
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String report = String.format(Locale.ROOT, """
                    | clients | seconds | requests | throughput req/s | median ms | p95 ms | p99 ms | max ms | errors | heap after GC before / after |
                    | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                    | %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d MiB / %d MiB |
                    """, clients, seconds, sorted.length, sorted.length / (double) seconds, at(sorted, 0.5), at(sorted, 0.95),
                    at(sorted, 0.99), sorted[sorted.length - 1], errors.get(), heapBefore >> 20, heapAfter >> 20);
            report += "\nLive heap (after a full GC) sampled every " + sampleEvery + " s during the run: "
                    + String.join(", ", samples) + ".\n";
            System.out.print(report);
            if (args.length > 2) {
                Files.writeString(Path.of(args[2]), report, StandardCharsets.UTF_8);
            }
        }
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }

    /**
     * The heap in use right after a full GC: each heap pool's usage as the collector left it. Reading the current
     * usage instead would add whatever the 32 clients allocated since the GC (hundreds of MiB per second under load).
     */
    private static long heapAfterGc() throws InterruptedException {
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
    }
}
