package org.dutygraph.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.dutygraph.DutygraphApplication;
import org.dutygraph.analysis.LoadBalanceAnalysis;
import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.cypher.ReadTransactions;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where the milliseconds between the driver and GraphQL go, for one analysis (loadBalance of the seed, as
 * {@link CorpusBenchmark} asks for it): the same answer taken at each layer of the service, from the inside out, timed
 * round-robin (each iteration runs every layer once) after a warm-up, so the difference between two neighbouring
 * layers is what the outer one adds:
 * <ol>
 *   <li>the driver: the statement in one read transaction ({@code executeRead}), as CorpusBenchmark's driver side;</li>
 *   <li>the same statement through {@code ReadTransactions} and {@code CypherClient} (Spring's transaction manager,
 *   Neo4jClient, {@code Row}s);</li>
 *   <li>the analysis ({@code LoadBalanceAnalysis.analyse}) in that transaction;</li>
 *   <li>the GraphQL request executed in-process by {@code ExecutionGraphQlService} (graphql-java, no interceptors)
 *   and its answer written as JSON;</li>
 *   <li>the same through {@code WebGraphQlHandler}: the interceptors too, among them the timeout's hop to a virtual
 *   thread;</li>
 *   <li>the request over HTTP, the body read as a string;</li>
 *   <li>the request over HTTP as CorpusBenchmark's client takes it (JsonPath parses the body, {@code jsonString()}
 *   writes it again).</li>
 * </ol>
 * Two references are timed in the same rounds: {@code { __typename }} over HTTP and {@code RETURN 1} through the
 * driver (CorpusBenchmark's floor). Then the Bolt messages of one request of each side (the driver's own DEBUG log, {@code C:} and {@code S:} lines),
 * and, given a folder as second argument, a JFR recording (1 ms execution samples) into it while only the HTTP
 * request runs for 30 s ({@code overhead-http.jfr}), and one while only the driver runs ({@code overhead-driver.jfr}).
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.OverheadBreakdown
 * -Dbench.args="ITERATIONS [FOLDER]"}. A benchmark, not a test.
 */
public final class OverheadBreakdown {

    private static final String QUERY = CorpusBenchmark.analyses("区工信局", "区市场监管局").getFirst().query();
    private static final String DOCUMENT = "zhonglou-2021";

    private OverheadBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path recordings = args.length > 1 ? Path.of(args[1]) : null;
        Path store = Files.createTempDirectory("dutygraph-overhead");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DutygraphApplication.class)
                .properties("logging.level.root=WARN")
                .run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0")) {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Driver driver = context.getBean(Driver.class);
            CypherQueries queries = context.getBean(CypherQueries.class);
            CypherClient cypher = context.getBean(CypherClient.class);
            ReadTransactions reads = context.getBean(ReadTransactions.class);
            LoadBalanceAnalysis analysis = context.getBean(LoadBalanceAnalysis.class);
            WebGraphQlHandler handler = context.getBean(WebGraphQlHandler.class);
            org.springframework.graphql.ExecutionGraphQlService service = context.getBean(org.springframework.graphql.ExecutionGraphQlService.class);
            JsonMapper json = JsonMapper.builder().build();
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://localhost:" + port + "/graphql");

            Map<String, Object> params = new HashMap<>();
            params.put("documentIds", List.of(DOCUMENT));
            params.put("weights", Map.of("lead", 1.0, "joint", 0.5, "support", 0.5));
            params.put("includeBoilerplate", false);
            String statement = queries.get("analysis/department-load");
            Map<String, Object> variables = Map.of("documentId", DOCUMENT);
            String body = json.writeValueAsString(Map.of("query", QUERY, "variables", variables));
            AtomicInteger ids = new AtomicInteger();

            Map<String, Supplier<Object>> layers = new LinkedHashMap<>();
            layers.put("driver: executeRead, one statement", () -> driverRead(driver, statement, params));
            layers.put("ReadTransactions + CypherClient.rows", () -> reads.read(() -> cypher.rows("analysis/department-load", params)).size());
            layers.put("+ LoadBalanceAnalysis.analyse", () -> reads.read(() -> analysis.analyse(List.of(DOCUMENT),
                    LoadBalanceAnalysis.Weights.DEFAULT, false)));
            layers.put("+ graphql-java execution (ExecutionGraphQlService, no interceptors) + JSON", () -> {
                var request = new org.springframework.graphql.support.DefaultExecutionGraphQlRequest(QUERY, null, variables,
                        Map.of(), "s" + ids.incrementAndGet(), null);
                return json.writeValueAsString(service.execute(request).block().toMap());
            });
            layers.put("+ interceptors (the timeout's virtual thread) (WebGraphQlHandler) + JSON", () -> {
                var request = new WebGraphQlRequest(uri, new HttpHeaders(), null, null, Map.of(),
                        Map.of("query", QUERY, "variables", variables), "r" + ids.incrementAndGet(), null);
                var response = handler.handleRequest(request).block();
                return json.writeValueAsString(response.toMap());
            });
            layers.put("+ HTTP, body as a string", () -> post(http, uri, body));
            layers.put("+ client JsonPath parse and jsonString()", () ->
                    com.jayway.jsonpath.JsonPath.parse(post(http, uri, body)).jsonString());

            String floorBody = json.writeValueAsString(Map.of("query", "{ __typename }", "variables", Map.of()));
            layers.put("reference: HTTP { __typename }", () -> post(http, uri, floorBody));
            layers.put("reference: driver RETURN 1 (executableQuery)", () -> driver.executableQuery("RETURN 1 AS one").execute().records().size());
            check(post(http, uri, body));
            List<String> names = new ArrayList<>(layers.keySet());
            double[][] millis = new double[names.size()][iterations];
            for (int round = 0; round < 2; round++) { // the first round is the warm-up
                for (int i = 0; i < iterations; i++) {
                    for (int l = 0; l < names.size(); l++) {
                        long start = System.nanoTime();
                        layers.get(names.get(l)).get();
                        millis[l][i] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
            System.out.println("| layer | p50 ms | p95 ms | mean ms | p50 added ms |");
            System.out.println("| --- | --- | --- | --- | --- |");
            double previous = 0;
            for (int l = 0; l < names.size(); l++) {
                double[] sorted = millis[l].clone();
                Arrays.sort(sorted);
                double p50 = sorted[iterations / 2];
                boolean reference = names.get(l).startsWith("reference");
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", names.get(l), p50,
                        sorted[(int) (iterations * 0.95)], Arrays.stream(sorted).average().orElse(0),
                        reference ? "—" : String.format(Locale.ROOT, "%.2f", p50 - previous));
                previous = reference ? previous : p50;
            }

            System.out.println("\nBolt messages of one driver request:");
            boltMessages(() -> driverRead(driver, statement, params)).forEach(System.out::println);
            System.out.println("\nBolt messages of one ReadTransactions + CypherClient request:");
            boltMessages(() -> reads.read(() -> cypher.rows("analysis/department-load", params))).forEach(System.out::println);
            System.out.println("\nBolt messages of one GraphQL request over HTTP:");
            boltMessages(() -> post(http, uri, body)).forEach(System.out::println);

            if (recordings != null) {
                record(recordings.resolve("overhead-http.jfr"), () -> post(http, uri, body));
                record(recordings.resolve("overhead-driver.jfr"), () -> driverRead(driver, statement, params));
            }
        }
    }

    private static int driverRead(Driver driver, String statement, Map<String, Object> params) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(statement, params).list().size());
        }
    }

    private static String post(HttpClient http, URI uri, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String answer) {
        if (answer.contains("\"errors\"")) {
            throw new IllegalStateException("loadBalance answered with errors: " + answer);
        }
    }

    /** The driver's own log of the Bolt messages sent (C:) and received (S:) while {@code work} runs, in order. */
    private static List<String> boltMessages(Supplier<Object> work) {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Logger neo4j = (Logger) LoggerFactory.getLogger("org.neo4j");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                String message = event.getFormattedMessage();
                int at = Math.max(message.indexOf("C: "), message.indexOf("S: "));
                if (at >= 0) {
                    String line = message.substring(at);
                    lines.add(event.getThreadName() + " " + (line.length() > 90 ? line.substring(0, 90) + "…" : line));
                }
            }
        };
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        Level before = neo4j.getLevel();
        neo4j.setLevel(Level.DEBUG);
        try {
            work.get();
        } finally {
            neo4j.setLevel(before);
            root.detachAppender(appender);
        }
        return lines;
    }

    private static void record(Path file, Supplier<Object> work) throws Exception {
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            long end = System.nanoTime() + 30_000_000_000L;
            int n = 0;
            while (System.nanoTime() < end) {
                work.get();
                n++;
            }
            recording.stop();
            recording.dump(file);
            System.out.printf(Locale.ROOT, "%s: %d requests in 30 s, %.2f ms each%n", file, n, 30_000.0 / n);
        }
    }
}
