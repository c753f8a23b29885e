package org.dutygraph.bench;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.support.GraphQlHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Latency of each analysis on the seed, as a client sees it: the whole service on an embedded store in a temporary
 * folder, real GraphQL requests over HTTP on loopback, one at a time. Each query is warmed up, then timed; the
 * figures (median, 90th, 99th percentile, mean) go to standard output and to the Markdown file given as argument.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.AnalysisLatencyBenchmark
 * -Dbench.args=FILE.md} (see benchmarks/). A benchmark, not a test: nothing here asserts a time.
 */
public final class AnalysisLatencyBenchmark {

    static final int WARMUP = 100;
    static final int MEASURED = 300;

    public static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        // The analyses as CorpusBenchmark asks for them; sent without variables, $documentId is null: the latest document.
        CorpusBenchmark.analyses("区工信局", "区市场监管局")
                .forEach(analysis -> QUERIES.put(analysis.name(), analysis.query()));
        QUERIES.put("task (baseline)", "{ task(id: \"zhonglou-2021/区工信局/1\") { id text participants { role department { name } } } }");
    }

    private AnalysisLatencyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path store = Files.createTempDirectory("dutygraph-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DutygraphApplication.class)
                .properties("logging.level.root=WARN").run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0")) {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            GraphQlHttp client = GraphQlHttp.on(port);
            StringBuilder report = new StringBuilder("| query | median ms | p90 ms | p99 ms | mean ms |\n| --- | --- | --- | --- | --- |\n");
            for (Map.Entry<String, String> q : QUERIES.entrySet()) {
                for (int i = 0; i < WARMUP; i++) {
                    check(client.execute(q.getValue(), Map.of()).jsonString(), q.getKey());
                }
                double[] millis = new double[MEASURED];
                for (int i = 0; i < MEASURED; i++) {
                    long start = System.nanoTime();
                    client.execute(q.getValue(), Map.of());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                String row = String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", q.getKey(), millis[MEASURED / 2],
                        millis[(int) (MEASURED * 0.9)], millis[(int) (MEASURED * 0.99)], Arrays.stream(millis).average().orElse(0));
                report.append(row);
                System.out.print(row);
            }
            if (args.length > 0) {
                Files.writeString(Path.of(args[0]), report.toString(), StandardCharsets.UTF_8);
            }
        }
    }

    private static void check(String answer, String name) {
        if (answer.contains("\"errors\"")) {
            throw new IllegalStateException(name + " answered with errors: " + answer);
        }
    }
}
