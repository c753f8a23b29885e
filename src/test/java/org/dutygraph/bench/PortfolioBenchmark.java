package org.dutygraph.bench;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.document.DocumentImporter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Issue 13's portfolio analyses on the generated corpus ({@link PortfolioCorpus}: the 1,000 documents of
 * {@link ImportThroughputBenchmark#documents} spread over 100 districts of 10 cities and the years 2021–2024, plus one
 * document per city, per province and the State Council's). The whole service starts on an empty store (no seed) and
 * imports them with {@code importAll}; then each scoped analysis is asked over HTTP GraphQL (the fields a client
 * shows) and, alternately, the same statements are run through the driver as the resolver runs them: the scope
 * resolved by {@code portfolio/documents-in-scope.cypher}, then the analysis statements with the resulting list of
 * documents (and, for overlap and loadOverYears, the department names resolved by {@code department/by-name}).
 * Lookups that only turn ids into objects for the answer (departments and tasks by id, the documents of an answer) are
 * not on the driver side: they are part of what dutygraph adds, with HTTP, GraphQL, the Java side of each analysis
 * and JSON.
 *
 * <p>Scopes: one district with the levels above it ({jurisdiction, withLevelsAbove: true}: its documents, its city's,
 * its province's and the State Council's), the district alone ({jurisdiction}), and every document (documentIds
 * listing all: a Scope cannot select everything otherwise, see the report). compareDocuments compares two scopes: the
 * district's 2023 against its 2024 documents, the same with the levels above for 2021 against 2024, and all documents
 * of 2021–2022 (parents included) against all of 2023–2024.
 *
 * <p>Timing: per case, warm-up pairs then measured pairs (GraphQL, driver, GraphQL, driver …), p50/p95 of each. An
 * all-documents case whose first call takes longer than {@value #SLOW_MILLIS} ms gets {@value #SLOW_WARMUP} warm-up and
 * {@value #SLOW_MEASURED} measured pairs instead ({@value #VERY_SLOW_MEASURED} beyond {@value #VERY_SLOW_MILLIS} ms).
 * The GraphQL timeout is raised from 30 s to {@value #TIMEOUT_SECONDS} s (the transaction timeout above it) so that
 * a slow case shows how long it takes; a case that runs past it is reported as abandoned, with no further pairs. The answer's size and the 1-minute load average when the case starts
 * are reported beside it (the machine is shared).
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.PortfolioBenchmark
 * -Dbench.args="DOCUMENTS FILE.md [WARMUP MEASURED [ALL_WARMUP ALL_MEASURED [CASES]]]"}; CASES a comma-separated list
 * of analysis names to run (default all). A benchmark, not a test: nothing here asserts a time.
 */
public final class PortfolioBenchmark {

    static final long SLOW_MILLIS = 5_000;
    static final int SLOW_WARMUP = 1;
    static final int SLOW_MEASURED = 5;
    static final long VERY_SLOW_MILLIS = 30_000;
    static final int TIMEOUT_SECONDS = 120;
    static final int VERY_SLOW_MEASURED = 3;
    static final double JURISDICTION_TARGET_MS = 300;
    static final double ALL_TARGET_MS = 2_000;

    private PortfolioBenchmark() {
    }

    /** A scope as GraphQL variables take it, and as documents-in-scope.cypher takes it. */
    record Scope(String label, Map<String, Object> graphQl, boolean all) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new HashMap<>();
            p.put("documentIds", graphQl.get("documentIds"));
            p.put("jurisdiction", graphQl.get("jurisdiction"));
            p.put("withLevelsAbove", Boolean.TRUE.equals(graphQl.get("withLevelsAbove")));
            p.put("year", graphQl.get("year"));
            p.put("inForceOn", graphQl.get("inForceOn"));
            return p;
        }
    }

    record Step(String cypher, Map<String, Object> parameters) {
    }

    /**
     * An analysis as a client asks for it ({@code query} with variables {@code scope}, or {@code before} and
     * {@code after}), and the statements its resolver runs once its scope is resolved: {@code steps} is given the
     * resolved document ids (and the driver, for the department lookups some analyses start with).
     */
    record Analysis(String name, String query, Function<Resolved, List<Step>> steps) {
    }

    /** What the driver side has resolved before the analysis statements: the documents, on one or two sides. */
    record Resolved(List<String> ids, List<String> after, Driver driver, CypherQueries queries) {
    }

    record Case(Analysis analysis, Scope scope, Scope after) {
        String label() {
            return after == null ? scope.label() : scope.label() + " → " + after.label();
        }

        boolean all() {
            return scope.all();
        }
    }

    record Timing(double[] graphQl, double[] driver, int warmup, long answerBytes, int documents, int afterDocuments,
                  int rows, double load, String error) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 3 ? Integer.parseInt(args[2]) : 30;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int allWarmup = args.length > 5 ? Integer.parseInt(args[4]) : 5;
        int allMeasured = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        List<String> only = args.length > 6 ? List.of(args[6].split(",")) : null;
        PortfolioCorpus corpus = PortfolioCorpus.generate(count);
        StringBuilder report = new StringBuilder();
        try (Started started = start(corpus)) {
            ConfigurableApplicationContext context = started.context();
            Driver driver = context.getBean(Driver.class);
            CypherQueries queries = context.getBean(CypherQueries.class);
            Record held = driver.executableQuery(queries.get("bench/portfolio-corpus")).execute().records().getFirst();
            report.append(String.format(Locale.ROOT, """
                    Corpus in the store: %d documents (%d district documents in %d districts of %d cities, %d city, %d
                    province and %d State Council document(s); %d provinces), years %s; %d tasks (%d boilerplate),
                    %d departments, %d targets, %d within-document similar pairs, %d task lineage links (DERIVED_FROM)
                    between %d document pairs. %d district clauses were generated as copies of their city's. Imported
                    with importAll (%d parse thread(s)) in %.1f s. Heap: -Xmx %d MiB.

                    """, held.get("documents").asInt(), held.get("districtDocuments").asInt(), held.get("districts").asInt(),
                    held.get("cities").asInt(), held.get("cityDocuments").asInt(), held.get("provinceDocuments").asInt(),
                    held.get("nationalDocuments").asInt(), held.get("provinces").asInt(),
                    held.get("years").asList(v -> v.asString()), held.get("tasks").asInt(), held.get("boilerplate").asInt(),
                    held.get("departments").asInt(), held.get("targets").asInt(), held.get("similarPairs").asInt(),
                    held.get("taskLineage").asInt(), held.get("documentLineage").asInt(), corpus.copiedFromCity(),
                    started.parsers(), started.importSeconds(), Runtime.getRuntime().maxMemory() >> 20));
            System.out.print(report);

            String district = PortfolioCorpus.jurisdiction(0);
            List<String> allIds = corpus.documents().stream().map(PortfolioCorpus.Document::id).toList();
            List<String> early = corpus.documents().stream().filter(d -> d.year() <= 2022).map(PortfolioCorpus.Document::id).toList();
            List<String> late = corpus.documents().stream().filter(d -> d.year() >= 2023).map(PortfolioCorpus.Document::id).toList();
            Scope above = new Scope("`{jurisdiction: " + district + ", withLevelsAbove: true}`",
                    Map.of("jurisdiction", district, "withLevelsAbove", true), false);
            Scope alone = new Scope("`{jurisdiction: " + district + "}`", Map.of("jurisdiction", district), false);
            Scope all = new Scope("all: `{documentIds: [" + allIds.size() + " ids]}`", Map.of("documentIds", allIds), true);
            List<Case> cases = new ArrayList<>();
            for (Analysis analysis : analyses()) {
                if (only != null && !only.contains(analysis.name())) {
                    continue;
                }
                if (analysis.name().equals("compareDocuments")) {
                    cases.add(new Case(analysis, new Scope("`{jurisdiction: " + district + ", withLevelsAbove: true, year: 2021}`",
                            Map.of("jurisdiction", district, "withLevelsAbove", true, "year", 2021), false),
                            new Scope("`{…, year: 2024}`", Map.of("jurisdiction", district, "withLevelsAbove", true, "year", 2024), false)));
                    cases.add(new Case(analysis, new Scope("`{jurisdiction: " + district + ", year: 2023}`",
                            Map.of("jurisdiction", district, "year", 2023), false),
                            new Scope("`{…, year: 2024}`", Map.of("jurisdiction", district, "year", 2024), false)));
                    cases.add(new Case(analysis, new Scope("all: `{documentIds: [" + early.size() + " ids of 2021–2022]}`",
                            Map.of("documentIds", early), true),
                            new Scope("`{documentIds: [" + late.size() + " ids of 2023–2024]}`", Map.of("documentIds", late), true)));
                } else {
                    cases.add(new Case(analysis, above, null));
                    cases.add(new Case(analysis, alone, null));
                    cases.add(new Case(analysis, all, null));
                }
            }
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpClient http = HttpClient.newHttpClient();
            // Warm the GraphQL path and the statements on the small scopes first: every case then starts warm.
            for (int round = 0; round < 3; round++) {
                for (Case c : cases) {
                    if (!c.all()) {
                        graphQl(http, port, c);
                        driverSide(driver, queries, c);
                    }
                }
            }
            report.append("| analysis | scope | documents | GraphQL p50 ms | GraphQL p95 ms | driver p50 ms | driver p95 ms | p50 difference ms | answer KB | pairs (warm-up + measured) | load avg | target p50 | met |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Case c : cases) {
                Timing t = time(http, port, driver, queries, c, c.all() ? allWarmup : warmup, c.all() ? allMeasured : measured);
                report.append(row(c, t));
            }
        }
        System.out.print(report);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report.toString(), StandardCharsets.UTF_8);
        }
    }

    /** The service running on a fresh store with the corpus imported. */
    record Started(ConfigurableApplicationContext context, int parsers, double importSeconds) implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    /**
     * Starts the whole service on an empty temporary store (no seed; the GraphQL and transaction timeouts raised, see
     * the class comment), imports the corpus with importAll and waits 15 s for the import's background work (index
     * sampling, Lucene merges) to settle.
     */
    static Started start(PortfolioCorpus corpus) throws Exception {
        int parsers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        // BENCH_STORE names a folder to keep the imported store in and to reuse on the next run (iterating on the
        // analyses without the import's minutes; figures for the record come from a fresh import)
        String kept = System.getenv("BENCH_STORE");
        Path store = kept == null ? Files.createTempDirectory("dutygraph-portfolio") : Path.of(kept);
        boolean reuse;
        try (var held = kept == null ? java.util.stream.Stream.<Path>empty() : Files.isDirectory(store) ? Files.list(store) : java.util.stream.Stream.<Path>empty()) {
            reuse = held.findAny().isPresent();
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DutygraphApplication.class)
                .properties("logging.level.root=WARN")
                .run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0",
                        "--dutygraph.seed.enabled=false", "--dutygraph.graphql.timeout=" + TIMEOUT_SECONDS + "s",
                        "--dutygraph.graphql.admin-timeout=" + TIMEOUT_SECONDS + "s",
                        "--spring.mvc.async.request-timeout=" + (TIMEOUT_SECONDS + 40) + "s",
                        "--spring.transaction.default-timeout=" + (TIMEOUT_SECONDS + 30) + "s");
        try {
            if (reuse) {
                return new Started(context, parsers, -1);
            }
            long start = System.nanoTime();
            context.getBean(DocumentImporter.class).importAll(corpus.sources(), parsers, o -> {
                if (o.failed()) {
                    throw new IllegalStateException(o.source().name() + " did not import", o.error());
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(15_000);
            return new Started(context, parsers, seconds);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    static List<Analysis> analyses() {
        String scoped = "query($scope: Scope) { ";
        Map<String, Object> weights = Map.of("lead", 1.0, "joint", 0.5, "support", 0.5);
        return List.of(
                new Analysis("loadBalance", scoped + "loadBalance(scope: $scope) { gini departments { department { name } score flag explanation } } }",
                        r -> List.of(new Step("analysis/department-load", Map.of("documentIds", r.ids(), "weights", weights, "includeBoilerplate", false)))),
                new Analysis("bottlenecks", scoped + "bottlenecks(scope: $scope) { rank department { name } score betweenness articulationPoint dependents datedDeadlines reason } }",
                        r -> List.of(new Step("analysis/collaboration-network", Map.of("documentIds", r.ids(), "withTasks", false)),
                                new Step("analysis/department-dependence", Map.of("documentIds", r.ids())),
                                new Step("analysis/department-claims", Map.of("documentIds", r.ids(),
                                        "departmentIds", heaviest(r, weights, 10))))),
                new Analysis("duplicateTasks", scoped + "duplicateTasks(scope: $scope) { id kind similarity sharedPassage inconsistent inconsistencies tasks { id text } differences { kind values task { id } } } }",
                        r -> duplicateSteps(r.ids())),
                new Analysis("overlap", scoped + "overlap(scope: $scope, departmentA: \"区发改局\", departmentB: \"区工信局\") { score explanation duplicates { similarity first { id } second { id } } aNamesB { role task { id } } bNamesA { role task { id } } sharedTargets { subject } } }",
                        r -> {
                            String a = departmentId(r, "区发改局");
                            String b = departmentId(r, "区工信局");
                            Map<String, Object> both = Map.of("documentIds", r.ids(), "a", a, "b", b);
                            return List.of(new Step("analysis/overlap-duplicates", Map.of("documentIds", r.ids(), "a", a, "b", b, "minSimilarity", 0.5)),
                                    new Step("analysis/overlap-tasks", both), new Step("analysis/overlap-targets", both),
                                    new Step("analysis/overlap-namings", both));
                        }),
                new Analysis("sharedTargets", scoped + "sharedTargets(scope: $scope) { subject unit consistent disagreements departments { name } targets { value raw task { id } } } }",
                        r -> List.of(new Step("analysis/document-targets", Map.of("documentIds", r.ids())))),
                new Analysis("oneSidedCommitments", scoped + "oneSidedCommitments(scope: $scope) { kind role reason task { id } named { name } counterparts { id } } }",
                        r -> List.of(new Step("analysis/one-sided-commitments", Map.of("documentIds", r.ids())))),
                new Analysis("collaborationGraph", scoped + "collaborationGraph(scope: $scope) { load { mean median gini coefficientOfVariation rule "
                        + "departments { department { name external } score flag leads joints supports } } "
                        + "nodes { id label kind value data { external loadScore loadFlag bottleneckScore leads joints supports } } "
                        + "edges { id source target kind weight } } }",
                        r -> {
                            List<Step> steps = new ArrayList<>(List.of(
                                    new Step("analysis/department-load", Map.of("documentIds", r.ids(), "weights", weights, "includeBoilerplate", false)),
                                    new Step("analysis/collaboration-network", Map.of("documentIds", r.ids(), "withTasks", true)),
                                    new Step("analysis/department-dependence", Map.of("documentIds", r.ids())),
                                    new Step("department/departments", Map.of("documentIds", r.ids())),
                                    new Step("explorer/role-links", Map.of("documentIds", r.ids()))));
                            steps.addAll(duplicateSteps(r.ids()));
                            return steps;
                        }),
                new Analysis("loadOverYears", scoped + "loadOverYears(scope: $scope, department: \"区发改局\") { year score leads joints supports previousYear scoreChange changes documents { id } } }",
                        r -> List.of(new Step("analysis/load-over-years", Map.of("departmentId", departmentId(r, "区发改局"), "documentIds", r.ids())))),
                new Analysis("compareDocuments", "query($before: Scope, $after: Scope) { compareDocuments(before: $before, after: $after) { "
                        + "added { id } removed { id } carriedOver { similarity changed numbers deadlines roles before { id } after { id } } "
                        + "loadChanges { department before after delta } } }",
                        r -> List.of(new Step("analysis/document-tasks", Map.of("documentIds", r.ids())),
                                new Step("analysis/document-tasks", Map.of("documentIds", r.after())),
                                new Step("analysis/department-load", Map.of("documentIds", r.ids(), "weights", weights, "includeBoilerplate", false)),
                                new Step("analysis/department-load", Map.of("documentIds", r.after(), "weights", weights, "includeBoilerplate", false)))));
    }

    /** The duplicate analysis's statement: the stored pairs (within a document and between one government's documents). */
    private static List<Step> duplicateSteps(List<String> ids) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("analysis/similar-tasks", Map.of("documentIds", ids, "minSimilarity", 0.5, "includeBoilerplate", false)));
        return steps;
    }

    /**
     * Stand-in for the ten departments the bottleneck ranking answers (whose claims the resolver reads): the ten
     * heaviest by load, one department-load statement more on the driver side than the resolver runs.
     */
    private static List<String> heaviest(Resolved r, Map<String, Object> weights, int n) {
        return r.driver().executableQuery(r.queries().get("analysis/department-load"))
                .withParameters(Map.of("documentIds", r.ids(), "weights", weights, "includeBoilerplate", false)).execute()
                .records().stream().limit(n).map(rec -> rec.get("department").get("id").asString()).toList();
    }

    /** A department by name among the documents, as DepartmentResolver first looks it up (department/by-name). */
    private static String departmentId(Resolved r, String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("documentIds", r.ids());
        List<Record> found = r.driver().executableQuery(r.queries().get("department/by-name")).withParameters(p).execute().records();
        if (found.isEmpty()) {
            throw new IllegalStateException("no department " + name + " in the scope");
        }
        return found.getFirst().get("department").asNode().get("id").asString();
    }

    private static List<String> resolve(Driver driver, CypherQueries queries, Scope scope) {
        return driver.executableQuery(queries.get("portfolio/documents-in-scope")).withParameters(scope.parameters())
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
    }

    /** The driver side of a case: resolve the scope(s), then the analysis statements; the rows they return. */
    private static int driverSide(Driver driver, CypherQueries queries, Case c) {
        List<String> ids = resolve(driver, queries, c.scope());
        List<String> after = c.after() == null ? null : resolve(driver, queries, c.after());
        int rows = 0;
        for (Step step : c.analysis().steps().apply(new Resolved(ids, after, driver, queries))) {
            rows += driver.executableQuery(queries.get(step.cypher())).withParameters(step.parameters()).execute().records().size();
        }
        return rows;
    }

    /** The GraphQL side of a case: the answer as the client receives it (the body, unparsed). */
    private static String graphQl(HttpClient http, int port, Case c) {
        Map<String, Object> variables = c.after() == null ? Map.of("scope", c.scope().graphQl())
                : Map.of("before", c.scope().graphQl(), "after", c.after().graphQl());
        String body = net.minidev.json.JSONObject.toJSONString(Map.of("query", c.analysis().query(), "variables", variables));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /graphql answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("POST /graphql failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first error's message, or null when the answer has none. */
    private static String error(String answer) {
        int at = answer.indexOf("\"errors\":[");
        if (at < 0) {
            return null;
        }
        int message = answer.indexOf("\"message\":\"", at);
        return message < 0 ? answer.substring(at, Math.min(answer.length(), at + 200))
                : answer.substring(message + 11, Math.max(message + 11, answer.indexOf('"', message + 11)));
    }

    private static Timing time(HttpClient http, int port, Driver driver, CypherQueries queries, Case c, int warmup, int measured) {
        double load = loadAverage();
        System.out.printf(Locale.ROOT, "%s %s (load %.2f) …%n", c.analysis().name(), c.label(), load);
        int documents = resolve(driver, queries, c.scope()).size();
        int afterDocuments = c.after() == null ? 0 : resolve(driver, queries, c.after()).size();
        long start = System.nanoTime();
        String answer = graphQl(http, port, c);
        long first = (System.nanoTime() - start) / 1_000_000;
        String error = error(answer);
        start = System.nanoTime();
        int rows = driverSide(driver, queries, c);
        long firstDriver = (System.nanoTime() - start) / 1_000_000;
        if (error != null) {
            System.out.println("  error: " + error);
            return new Timing(new double[]{first}, new double[]{firstDriver}, 0, answer.length(), documents, afterDocuments, rows, load, error);
        }
        if (c.all() && Math.max(first, firstDriver) > VERY_SLOW_MILLIS) {
            warmup = SLOW_WARMUP;
            measured = VERY_SLOW_MEASURED;
        } else if (c.all() && Math.max(first, firstDriver) > SLOW_MILLIS) {
            warmup = SLOW_WARMUP;
            measured = SLOW_MEASURED;
        }
        for (int i = 1; i < warmup; i++) { // the first call above was one warm-up pair
            graphQl(http, port, c);
            driverSide(driver, queries, c);
        }
        double[] a = new double[measured];
        double[] b = new double[measured];
        for (int i = 0; i < measured; i++) {
            start = System.nanoTime();
            String again = graphQl(http, port, c);
            a[i] = (System.nanoTime() - start) / 1e6;
            if (error(again) != null) {
                error = error(again);
                System.out.println("  error: " + error);
            }
            start = System.nanoTime();
            driverSide(driver, queries, c);
            b[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new Timing(a, b, Math.max(1, warmup), answer.getBytes(StandardCharsets.UTF_8).length, documents,
                afterDocuments, rows, load, error);
    }

    private static String row(Case c, Timing t) {
        double target = c.all() ? ALL_TARGET_MS : JURISDICTION_TARGET_MS;
        String documents = t.afterDocuments() > 0 ? t.documents() + " → " + t.afterDocuments() : String.valueOf(t.documents());
        String row;
        if (t.error() != null && t.graphQl().length == 1) {
            row = String.format(Locale.ROOT, "| %s | %s | %s | error after %.0f ms: %s | | %.0f | | | %.0f | 1 | %.2f | < %.0f | **no** |%n",
                    c.analysis().name(), c.label(), documents, t.graphQl()[0], t.error().replace("|", "/"), t.driver()[0],
                    t.answerBytes() / 1024.0, t.load(), target);
        } else {
            double p50 = p(t.graphQl(), 0.5);
            row = String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %d + %d | %.2f | < %.0f | %s |%n",
                    c.analysis().name(), c.label(), documents, p50, p(t.graphQl(), 0.95), p(t.driver(), 0.5),
                    p(t.driver(), 0.95), p50 - p(t.driver(), 0.5), t.answerBytes() / 1024.0, t.warmup(), t.graphQl().length,
                    t.load(), target, t.error() != null ? "**no** (errors: " + t.error().replace("|", "/") + ")"
                            : p50 < target ? "yes" : "**no**");
        }
        System.out.print(row);
        return row;
    }

    private static double p(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
