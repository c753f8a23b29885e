package org.dutygraph.bench;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.GraphQlHttp;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The service holding a generated corpus ({@link ImportThroughputBenchmark#documents}, default 1,000 documents,
 * about 120k clauses) next to the seed: how long the import takes in the running service, how much heap it needs,
 * and what the GraphQL layer costs. For each analysis, on the seed and on one generated document, it times the
 * GraphQL request over HTTP on loopback against the same {@code cypher/*.cypher} statements with the same
 * parameters run directly through the driver (the statements the resolver runs, in the same order, in one read
 * transaction as the resolver reads: {@link #statements}), timed alternately after a warm-up, and reports p50/p95 of both, their ratio and the difference; a last row gives the
 * floor, a GraphQL request that does nothing against a driver query that does nothing. The difference is everything dutygraph adds: HTTP, GraphQL parsing and
 * validation, the Java side of each analysis (JGraphT centrality, grouping, explanations), JSON.
 *
 * <p>Heap: the JVM's heap pools' peak usage over the whole run (import included) and the heap in use after a full GC
 * with the corpus loaded. The embedded Neo4j runs in the same JVM; its page cache is off-heap and not counted.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.CorpusBenchmark
 * -Dbench.args="DOCUMENTS FILE.md"}. A benchmark, not a test: nothing here asserts a time.
 */
public final class CorpusBenchmark {

    static final int WARMUP = 1000;
    static final int MEASURED = 200;

    private CorpusBenchmark() {
    }

    /** An analysis as a client asks for it (the query takes {@code $documentId}). */
    record Analysis(String name, String query) {
    }

    /** One statement the resolver runs, by its file under cypher/, with its parameters. */
    record Step(String cypher, Map<String, Object> parameters) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int parsers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        List<String> texts = ImportThroughputBenchmark.documents(count);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Path store = Files.createTempDirectory("dutygraph-corpus");
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DutygraphApplication.class)
                .properties("logging.level.root=WARN")
                .run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0")) {
            DocumentImporter importer = context.getBean(DocumentImporter.class);
            List<DocumentImporter.Source> sources = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                sources.add(new DocumentImporter.Source("corpus-" + i, texts.get(i), "corpus-" + i));
            }
            long start = System.nanoTime();
            List<DocumentImporter.Outcome> outcomes = importer.importAll(sources, parsers, o -> {
                if (o.failed()) {
                    throw new IllegalStateException(o.source().name() + " did not import", o.error());
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            long clauses = outcomes.stream().mapToLong(o -> o.result().taskCount()).sum();
            long peakDuringImport = heapPeak();
            Thread.sleep(15_000); // let the import's background work (index sampling, Lucene merges) settle before timing
            long afterGc = heapAfterGc();
            report.append(String.format(Locale.ROOT, """
                    Corpus: %d generated documents, %d clauses (plus the seed), imported into the running service with
                    importAll (%d parse thread(s)) in %.1f s: %.0f clauses/s. Heap: peak %d MiB during the import
                    (sum of the heap pools' peaks), %d MiB in use after a full GC with the corpus loaded; -Xmx %d MiB.

                    """, count, clauses, parsers, seconds, clauses / seconds, peakDuringImport >> 20, afterGc >> 20,
                    Runtime.getRuntime().maxMemory() >> 20));
            System.out.print(report);

            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            GraphQlHttp client = GraphQlHttp.on(port);
            Driver driver = context.getBean(Driver.class);
            CypherQueries queries = context.getBean(CypherQueries.class);
            report.append("| analysis | document | GraphQL p50 ms | GraphQL p95 ms | driver p50 ms | driver p95 ms | ratio p50 | ratio p95 | p50 difference ms |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            String generated = "corpus-" + (count / 2);
            for (String[] scope : List.of(new String[]{"zhonglou-2021", "区工信局", "区市场监管局"},
                    new String[]{generated, "区发改局", "区工信局"})) {
                String documentId = scope[0];
                String a = departmentId(driver, queries, documentId, scope[1]);
                String b = departmentId(driver, queries, documentId, scope[2]);
                Map<String, List<Step>> statements = statements(documentId, scope[1], scope[2], a, b, client, driver, queries);
                for (Analysis analysis : analyses(scope[1], scope[2])) {
                    Map<String, Object> variables = Map.of("documentId", documentId);
                    List<Step> steps = statements.get(analysis.name());
                    double[][] both = timeInterleaved(() -> {
                        String answer = client.execute(analysis.query(), variables).jsonString();
                        if (answer.contains("\"errors\"")) {
                            throw new IllegalStateException(analysis.name() + " answered with errors: " + answer);
                        }
                        return answer;
                    }, () -> read(driver, queries, steps));
                    report.append(row(analysis.name(), documentId, both[0], both[1]));
                }
            }
            double[][] floor = timeInterleaved(() -> client.execute("{ __typename }", Map.of()).jsonString(),
                    () -> driver.executableQuery("RETURN 1 AS one").execute().records().size());
            report.append(row("floor: `{ __typename }` vs `RETURN 1`", "—", floor[0], floor[1]));
            report.append(String.format(Locale.ROOT, "%nHeap peak over the whole run (import and queries): %d MiB.%n", heapPeak() >> 20));
        }
        System.out.print(report.substring(report.lastIndexOf("\n", report.length() - 2) + 1));
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The analyses with the fields a client shows (shared with {@link AnalysisLatencyBenchmark}), for the departments
     * named {@code nameA} and {@code nameB} where an analysis takes two.
     */
    static List<Analysis> analyses(String nameA, String nameB) {
        return List.of(
                new Analysis("loadBalance", "query($documentId: ID) { loadBalance(documentId: $documentId) { gini departments { department { name } score flag explanation } } }"),
                new Analysis("bottlenecks", "query($documentId: ID) { bottlenecks(documentId: $documentId) { rank department { name } score betweenness articulationPoint dependents datedDeadlines reason } }"),
                new Analysis("duplicateTasks", "query($documentId: ID) { duplicateTasks(documentId: $documentId) { id kind similarity sharedPassage inconsistent inconsistencies tasks { id text } differences { kind values task { id } } } }"),
                new Analysis("overlap", "query($documentId: ID) { overlap(documentId: $documentId, departmentA: \"" + nameA + "\", departmentB: \"" + nameB
                        + "\") { score explanation duplicates { similarity first { id } second { id } } aNamesB { role task { id } } bNamesA { role task { id } } sharedTargets { subject } } }"),
                new Analysis("sharedTargets", "query($documentId: ID) { sharedTargets(documentId: $documentId) { subject unit consistent disagreements departments { name } targets { value raw task { id } } } }"),
                new Analysis("oneSidedCommitments", "query($documentId: ID) { oneSidedCommitments(documentId: $documentId) { kind role reason task { id } named { name } counterparts { id } } }"));
    }

    /**
     * The statements each analysis's resolver runs for {@code documentId}, in the order it runs them, with the same
     * parameters: for loadBalance, duplicateTasks, sharedTargets and oneSidedCommitments the one statement that finds
     * the document and answers; for bottlenecks the network (which finds the document), the dependence, the claims of
     * the departments answered and the lookup of their dependents; for overlap AnalysisScope's document check, the two
     * names, the overlap statements and the lookup of the shared targets' departments. The ids a lookup is given are
     * worked out in Java between statements (the bottlenecks answered, the owners of shared groups): they are taken
     * here, once, from the answer itself. {@code a} and {@code b} are the ids of the overlap's departments, named
     * {@code nameA} and {@code nameB}.
     */
    static Map<String, List<Step>> statements(String documentId, String nameA, String nameB, String a, String b,
                                              GraphQlHttp client, Driver driver, CypherQueries queries) {
        List<String> documentIds = List.of(documentId);
        Map<String, Object> load = new HashMap<>();
        load.put("documentIds", documentIds);
        load.put("weights", Map.of("lead", 1.0, "joint", 0.5, "support", 0.5));
        load.put("includeBoilerplate", false);
        Map<String, Object> document = Map.of("documentIds", documentIds);
        Map<String, Object> pair = Map.of("documentIds", documentIds, "a", a, "b", b);
        Map<String, Object> variables = Map.of("documentId", documentId);

        var ranked = client.execute("query($documentId: ID) { bottlenecks(documentId: $documentId) { department { id } dependentDepartments { id } } }", variables);
        List<String> top = ranked.read("$.data.bottlenecks[*].department.id");
        List<String> dependents = distinct(ranked.read("$.data.bottlenecks[*].dependentDepartments[*].id"));
        List<String> overlapOwners = overlapTargetOwners(driver, queries, pair);

        Map<String, List<Step>> steps = new LinkedHashMap<>();
        steps.put("loadBalance", List.of(new Step("analysis/department-load", load)));
        steps.put("bottlenecks", List.of(
                new Step("analysis/collaboration-network", Map.of("documentIds", documentIds, "withTasks", false)),
                new Step("analysis/department-dependence", document),
                new Step("analysis/department-claims", Map.of("documentIds", documentIds, "departmentIds", top)),
                new Step("department/by-ids", Map.of("ids", dependents))));
        steps.put("duplicateTasks", List.of(new Step("analysis/similar-tasks",
                Map.of("documentIds", documentIds, "minSimilarity", 0.5, "includeBoilerplate", false))));
        steps.put("overlap", List.of(new Step("document/document-exists", Map.of("id", documentId)),
                new Step("department/by-name", Map.of("name", nameA, "documentIds", documentIds)),
                new Step("department/by-name", Map.of("name", nameB, "documentIds", documentIds)),
                new Step("analysis/overlap-duplicates", Map.of("documentIds", documentIds, "a", a, "b", b, "minSimilarity", 0.5)),
                new Step("analysis/overlap-tasks", pair),
                new Step("analysis/overlap-targets", pair),
                new Step("department/by-ids", Map.of("ids", overlapOwners)),
                new Step("analysis/overlap-namings", pair)));
        steps.put("sharedTargets", List.of(new Step("analysis/document-targets", document)));
        steps.put("oneSidedCommitments", List.of(new Step("analysis/one-sided-commitments", document)));
        return steps;
    }

    /**
     * The owners SharedTargetAnalysis looks up for an overlap are those of the target groups two or more departments
     * set, worked out in Java; here every owner of the overlap's target rows, a superset of a few ids at most (a
     * key lookup's cost does not change with it).
     */
    private static List<String> overlapTargetOwners(Driver driver, CypherQueries queries, Map<String, Object> pair) {
        List<String> owners = new ArrayList<>();
        for (Record r : driver.executableQuery(queries.get("analysis/overlap-targets")).withParameters(pair).execute().records()) {
            r.get("ownerIds").asList(org.neo4j.driver.Value::asString).forEach(owners::add);
        }
        return distinct(owners);
    }

    private static List<String> distinct(List<String> ids) {
        return ids.stream().distinct().toList();
    }

    /** The steps in one read transaction, as the resolver runs them (AnalysisController reads in one). */
    private static int read(Driver driver, CypherQueries queries, List<Step> steps) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                int rows = 0;
                for (Step step : steps) {
                    rows += tx.run(queries.get(step.cypher()), step.parameters()).list().size();
                }
                return rows;
            });
        }
    }

    private static String departmentId(Driver driver, CypherQueries queries, String documentId, String name) {
        var records = driver.executableQuery(queries.get("bench/department-id"))
                .withParameters(Map.of("documentId", documentId, "name", name)).execute().records();
        if (records.isEmpty()) {
            throw new IllegalStateException(documentId + " has no department " + name);
        }
        return records.getFirst().get("id").asString();
    }

    private static String row(String name, String documentId, double[] graphQl, double[] direct) {
        String row = String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f |%n",
                name, documentId, p(graphQl, 0.5), p(graphQl, 0.95), p(direct, 0.5), p(direct, 0.95),
                p(graphQl, 0.5) / p(direct, 0.5), p(graphQl, 0.95) / p(direct, 0.95), p(graphQl, 0.5) - p(direct, 0.5));
        System.out.print(row);
        return row;
    }

    /** Both calls warmed up, then timed alternately (a, b, a, b …) so background work weighs on both alike. */
    private static double[][] timeInterleaved(Supplier<Object> a, Supplier<Object> b) {
        for (int i = 0; i < WARMUP; i++) {
            a.get();
            b.get();
        }
        double[] first = new double[MEASURED];
        double[] second = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            a.get();
            first[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            b.get();
            second[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(first);
        Arrays.sort(second);
        return new double[][]{first, second};
    }

    private static double p(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The heap in use right after a full GC: each heap pool's usage as the collector left it. */
    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
    }
}
