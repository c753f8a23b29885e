package org.dutygraph.bench;

import org.dutygraph.analysis.BottleneckAnalysis;
import org.dutygraph.analysis.CommitmentAnalysis;
import org.dutygraph.analysis.DuplicateAnalysis;
import org.dutygraph.analysis.DuplicateGroup;
import org.dutygraph.analysis.LoadBalanceAnalysis;
import org.dutygraph.analysis.SharedTargetAnalysis;
import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.cypher.ReadTransactions;
import org.dutygraph.cypher.Row;
import org.dutygraph.explorer.GraphAssembler;
import org.dutygraph.similarity.SimilarityFinder;
import org.dutygraph.similarity.TaskMatcher;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where the time of the portfolio analyses goes on {@link PortfolioCorpus} (the misses of {@link PortfolioBenchmark}):
 * on scopes of growing size (the parents and the first 1/8, 1/4, 1/2 and all of the district documents), the
 * statements an analysis reads (through its own {@link CypherClient}, in one read transaction) against the whole
 * analysis (the service's bean, the same transaction), and the Java steps that dominate by themselves
 * ({@link SimilarityFinder}, {@link TaskMatcher}, JGraphT betweenness); an analysis is not run on the larger scopes
 * once it took longer than {@value #GIVE_UP_MILLIS} ms. Then the PROFILE of each statement over every document: time,
 * rows, database hits and the operators with the most hits.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.PortfolioDiagnosis
 * -Dbench.args="DOCUMENTS FILE.md"}.
 */
public final class PortfolioDiagnosis {

    static final long GIVE_UP_MILLIS = 60_000;

    private PortfolioDiagnosis() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        PortfolioCorpus corpus = PortfolioCorpus.generate(count);
        StringBuilder report = new StringBuilder();
        try (PortfolioBenchmark.Started started = PortfolioBenchmark.start(corpus)) {
            ConfigurableApplicationContext context = started.context();
            ReadTransactions reads = context.getBean(ReadTransactions.class);
            CypherClient cypher = context.getBean(CypherClient.class);
            Driver driver = context.getBean(Driver.class);
            CypherQueries queries = context.getBean(CypherQueries.class);
            SharedTargetAnalysis sharedTargets = context.getBean(SharedTargetAnalysis.class);
            DuplicateAnalysis duplicates = context.getBean(DuplicateAnalysis.class);
            BottleneckAnalysis bottlenecks = context.getBean(BottleneckAnalysis.class);
            LoadBalanceAnalysis loads = context.getBean(LoadBalanceAnalysis.class);
            CommitmentAnalysis commitments = context.getBean(CommitmentAnalysis.class);
            GraphAssembler graphs = context.getBean(GraphAssembler.class);

            List<String> all = corpus.documents().stream().map(PortfolioCorpus.Document::id).toList();
            Map<String, Object> district = new HashMap<>();
            district.put("documentIds", null);
            district.put("jurisdiction", PortfolioCorpus.jurisdiction(0));
            district.put("withLevelsAbove", true);
            district.put("year", null);
            district.put("inForceOn", null);
            List<String> above = driver.executableQuery(queries.get("portfolio/documents-in-scope")).withParameters(district)
                    .execute().records().stream().map(r -> r.get("id").asString()).toList();
            profile(report, driver, queries, "{jurisdiction: " + PortfolioCorpus.jurisdiction(0) + ", withLevelsAbove: true}", above, district);
            Map<String, Object> listed = new HashMap<>(district);
            listed.put("documentIds", all);
            listed.put("jurisdiction", null);
            listed.put("withLevelsAbove", false);
            profile(report, driver, queries, "all (documentIds)", all, listed);
            System.out.print(report);
            if (args.length > 2 && args[2].equals("profile")) { // the statements only, not the growth below
                Files.writeString(Path.of(args[1]), report.toString(), StandardCharsets.UTF_8);
                return;
            }

            List<PortfolioCorpus.Document> parents = corpus.documents().stream()
                    .filter(d -> d.level() != PortfolioCorpus.Level.DISTRICT).toList();
            List<PortfolioCorpus.Document> districts = corpus.documents().stream()
                    .filter(d -> d.level() == PortfolioCorpus.Level.DISTRICT).toList();
            Set<String> skipped = new HashSet<>();
            report.append("\nOne district with the levels above, then growth: the parents and the first 1/8, 1/4, 1/2 and all of "
                    + "the district documents\n\n")
                    .append("| documents | tasks | measure | ms | what |\n| --- | --- | --- | --- | --- |\n");
            for (int share : new int[]{0, 8, 4, 2, 1}) {
                List<PortfolioCorpus.Document> scope = new ArrayList<>(parents);
                if (share == 0) {
                    scope = corpus.documents().stream().filter(d -> above.contains(d.id())).toList();
                } else {
                    scope.addAll(districts.subList(0, districts.size() / share));
                }
                List<String> ids = scope.stream().map(PortfolioCorpus.Document::id).toList();
                List<String> early = scope.stream().filter(d -> d.year() <= 2022).map(PortfolioCorpus.Document::id).toList();
                List<String> late = scope.stream().filter(d -> d.year() >= 2023).map(PortfolioCorpus.Document::id).toList();
                int tasks = driver.executableQuery(queries.get("bench/scope-size")).withParameters(Map.of("documentIds", ids))
                        .execute().records().getFirst().get("tasks").asInt();
                String prefix = "| " + ids.size() + " | " + tasks + " | ";
                Map<String, Object> weights = Map.of("lead", 1.0, "joint", 0.5, "support", 0.5);

                measure(report, prefix, skipped, "loadBalance: department-load rows", () -> reads.read(() ->
                        cypher.rows("analysis/department-load", Map.of("documentIds", ids, "weights", weights, "includeBoilerplate", false)).size() + " rows"));
                measure(report, prefix, skipped, "loadBalance: whole analysis", () -> reads.read(() ->
                        loads.analyse(ids, LoadBalanceAnalysis.Weights.DEFAULT, false).departments().size() + " departments"));

                measure(report, prefix, skipped, "sharedTargets: document-targets rows", () -> reads.read(() ->
                        cypher.rows("analysis/document-targets", Map.of("documentIds", ids)).size() + " targets"));
                measure(report, prefix, skipped, "sharedTargets: whole analysis", () -> reads.read(() ->
                        sharedTargets.analyse(ids).size() + " shared groups"));

                measure(report, prefix, skipped, "duplicateTasks: similar-tasks rows", () -> reads.read(() ->
                        cypher.rows("analysis/similar-tasks", Map.of("documentIds", ids, "minSimilarity", 0.5, "includeBoilerplate", false)).size() + " stored pairs"));

                measure(report, prefix, skipped, "duplicateTasks: DuplicateAnalysis.pairs (rows + search)", () -> reads.read(() -> {
                    List<DuplicateGroup.SimilarPair> pairs = duplicates.pairs(ids, 0.5, false);
                    long whole = pairs.stream().filter(p -> p.similarity() >= 0.5).count();
                    return pairs.size() + " pairs (" + whole + " whole, " + (pairs.size() - whole) + " passage only)";
                }));
                measure(report, prefix, skipped, "duplicateTasks: whole analysis", () -> reads.read(() ->
                        duplicates.analyse(ids, 0.5, false).size() + " groups"));

                measure(report, prefix, skipped, "bottlenecks: collaboration network (2 statements' rows → JGraphT graph)", () -> reads.read(() -> {
                    var network = bottlenecks.network(ids, true);
                    return network.graph().vertexSet().size() + " vertices, " + network.graph().edgeSet().size() + " edges, "
                            + new ConnectivityInspector<>(network.graph()).connectedSets().size() + " components";
                }));
                measure(report, prefix, skipped, "bottlenecks: JGraphT BetweennessCentrality alone", () -> {
                    var graph = reads.read(() -> bottlenecks.network(ids, true)).graph();
                    long start = System.nanoTime();
                    new BetweennessCentrality<>(graph, false).getScores();
                    return "of which betweenness " + (System.nanoTime() - start) / 1_000_000 + " ms";
                });
                measure(report, prefix, skipped, "bottlenecks: whole analysis", () -> reads.read(() ->
                        bottlenecks.analyse(ids, 10).size() + " bottlenecks"));

                measure(report, prefix, skipped, "oneSidedCommitments: one-sided-commitments rows", () -> reads.read(() ->
                        cypher.rows("analysis/one-sided-commitments", Map.of("documentIds", ids)).size() + " rows"));
                measure(report, prefix, skipped, "oneSidedCommitments: whole analysis", () -> reads.read(() ->
                        commitments.analyse(ids).size() + " commitments"));

                measure(report, prefix, skipped, "collaborationGraph: role-links rows", () -> reads.read(() ->
                        cypher.rows("explorer/role-links", Map.of("documentIds", ids)).size() + " rows"));
                measure(report, prefix, skipped, "collaborationGraph: departments rows", () -> reads.read(() ->
                        cypher.rows("department/departments", Map.of("documentIds", ids)).size() + " rows"));
                measure(report, prefix, skipped, "collaborationGraph: whole assembly", () -> reads.read(() -> {
                    var graph = graphs.assemble(ids, GraphAssembler.DEFAULT);
                    return graph.nodes().size() + " nodes, " + graph.edges().size() + " edges";
                }));

                measure(report, prefix, skipped, "compareDocuments: document-tasks rows, both sides", () -> reads.read(() ->
                        cypher.rows("analysis/document-tasks", Map.of("documentIds", early)).size() + " + "
                                + cypher.rows("analysis/document-tasks", Map.of("documentIds", late)).size() + " tasks"));
                measure(report, prefix, skipped, "compareDocuments: TaskMatcher.oneToOne (2021–22 → 2023–24)", () -> {
                    List<String> before = reads.read(() -> cypher.rows("analysis/document-tasks", Map.of("documentIds", early)))
                            .stream().map(r -> r.row("task").text("text")).toList();
                    List<String> after = reads.read(() -> cypher.rows("analysis/document-tasks", Map.of("documentIds", late)))
                            .stream().map(r -> r.row("task").text("text")).toList();
                    long start = System.nanoTime();
                    int matched = TaskMatcher.oneToOne(before, after, 0.5, (i, j) -> false).size();
                    return "of which matching " + (System.nanoTime() - start) / 1_000_000 + " ms: " + matched + " matches";
                });
                System.out.print(report);
            }

        }
        System.out.print(report);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report.toString(), StandardCharsets.UTF_8);
        }
    }

    /** PROFILE of each statement the analyses run, over {@code ids} (the scope itself resolved with {@code scope}). */
    private static void profile(StringBuilder report, Driver driver, CypherQueries queries, String label, List<String> ids,
                                Map<String, Object> scope) {
        Map<String, Object> weights = Map.of("lead", 1.0, "joint", 0.5, "support", 0.5);
        Map<String, Map<String, Object>> statements = new LinkedHashMap<>();
        statements.put("portfolio/documents-in-scope", scope);
        statements.put("analysis/department-load", Map.of("documentIds", ids, "weights", weights, "includeBoilerplate", false));
        statements.put("analysis/collaboration-network", Map.of("documentIds", ids, "withTasks", false));
        statements.put("analysis/department-dependence", Map.of("documentIds", ids));
        statements.put("analysis/department-claims", Map.of("documentIds", ids, "departmentIds", driver.executableQuery(
                queries.get("analysis/department-load")).withParameters(statements.get("analysis/department-load")).execute()
                .records().stream().limit(10).map(r -> r.get("department").get("id").asString()).toList()));
        statements.put("analysis/similar-tasks", Map.of("documentIds", ids, "minSimilarity", 0.5, "includeBoilerplate", false));
        statements.put("analysis/document-targets", Map.of("documentIds", ids));
        statements.put("analysis/one-sided-commitments", Map.of("documentIds", ids));
        statements.put("analysis/document-tasks", Map.of("documentIds", ids));
        statements.put("department/departments", Map.of("documentIds", ids));
        statements.put("explorer/role-links", Map.of("documentIds", ids));
        report.append("\nPROFILE over ").append(label).append(", ").append(ids.size())
                .append(" documents (each statement run once unprofiled first)\n\n")
                .append("| statement | ms | rows | db hits | operators with most db hits (rows) |\n| --- | --- | --- | --- | --- |\n");
        for (var e : statements.entrySet()) {
            driver.executableQuery(queries.get(e.getKey())).withParameters(e.getValue()).execute();
            long start = System.nanoTime();
            var result = driver.executableQuery("PROFILE " + queries.get(e.getKey())).withParameters(e.getValue()).execute();
            double ms = (System.nanoTime() - start) / 1e6;
            List<ProfiledPlan> operators = new ArrayList<>();
            flatten(result.summary().profile(), operators);
            long hits = operators.stream().mapToLong(ProfiledPlan::dbHits).sum();
            String top = String.join("; ", operators.stream().sorted(Comparator.comparingLong(ProfiledPlan::dbHits).reversed())
                    .limit(4).map(p -> String.format(Locale.ROOT, "%s %,d (%,d rows)", p.operatorType().replaceAll("@.*", ""),
                            p.dbHits(), p.records())).toList());
            String row = String.format(Locale.ROOT, "| %s | %.0f | %,d | %,d | %s |%n", e.getKey(), ms,
                    result.records().size(), hits, top);
            System.out.print(row);
            report.append(row);
        }
    }

    private static void flatten(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(c -> flatten(c, into));
    }

    /** Runs {@code what} (twice more when it is quick, keeping the fastest) unless its analysis already gave up. */
    private static void measure(StringBuilder report, String prefix, Set<String> skipped, String name, Supplier<String> what) {
        if (skipped.contains(name)) {
            report.append(prefix).append(name).append(" | – | not run: over ").append(GIVE_UP_MILLIS).append(" ms on a smaller scope |\n");
            return;
        }
        long best = Long.MAX_VALUE;
        String answer = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            answer = what.get();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            best = Math.min(best, ms);
            if (ms > 5_000) {
                break;
            }
        }
        if (best > GIVE_UP_MILLIS) {
            skipped.add(name);
        }
        String row = prefix + name + " | " + best + " | " + answer + " |\n";
        System.out.print(row);
        report.append(row);
    }
}
