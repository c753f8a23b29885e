package org.dutygraph.bench;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.document.DocumentIds;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.similarity.SimilarityFinder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lineage at scale, against known truth: a generated city document (常州市, {@value #SECTIONS} departments of
 * {@value #CLAUSES} clauses) and N district documents of the same city, each of whose clauses copies, with a
 * {@value #COPY_SHARE} chance, one clause of the city's same department (its first number changed, as districts
 * adapt the city's quantities; verbatim when it has none), and is otherwise a fresh clause. The generator records
 * which district clause copies which city clause. All documents are imported with {@code importAll} (the city
 * first), then the store's DERIVED_FROM links are compared with the truth: precision, recall, and the import time.
 * Clauses come from {@link ClauseCorpus} with its injected near-duplicates left out, so no pair is similar by
 * construction except the copies.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.LineageBenchmark
 * -Dbench.args="DISTRICTS FILE.md"}.
 */
public final class LineageBenchmark {

    static final int SECTIONS = 20;
    static final int CLAUSES = 6;
    static final double COPY_SHARE = 0.4;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private LineageBenchmark() {
    }

    record Generated(List<DocumentImporter.Source> sources, Map<String, String> truth, int clauses) {
    }

    static Generated generate(int districts) {
        SplittableRandom random = new SplittableRandom(ClauseCorpus.SEED + 1);
        ClauseCorpus.Corpus corpus = ClauseCorpus.generate(SECTIONS * CLAUSES * (districts + 1) * 2);
        Set<Integer> injected = new HashSet<>();
        corpus.injected().forEach(i -> {
            injected.add(i.original());
            injected.add(i.copy());
        });
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < corpus.items().size(); i++) {
            if (!injected.contains(i)) {
                fresh.add(corpus.items().get(i).text());
            }
        }
        int next = 0;
        String[] departments = ImportThroughputBenchmark.DEPARTMENTS;
        List<DocumentImporter.Source> sources = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        String[][] city = new String[SECTIONS][CLAUSES];
        StringBuilder text = new StringBuilder("常州市人民政府\n\n2021年4月20日\n\n2021年常州市生态环境保护目标责任书\n\n");
        for (int s = 0; s < SECTIONS; s++) {
            text.append(ImportThroughputBenchmark.NUMERALS[s]).append("、市").append(departments[s].substring(1)).append("\n\n");
            for (int c = 0; c < CLAUSES; c++) {
                city[s][c] = fresh.get(next++);
                text.append(c + 1).append(". ").append(city[s][c]).append("\n\n");
            }
        }
        sources.add(new DocumentImporter.Source("city", text.toString(), "city-2021"));
        int clauses = SECTIONS * CLAUSES;
        for (int d = 0; d < districts; d++) {
            String district = "" + ImportThroughputBenchmark.DISTRICT_CHARS.charAt(d % ImportThroughputBenchmark.DISTRICT_CHARS.length())
                    + ImportThroughputBenchmark.DISTRICT_CHARS.charAt((d / ImportThroughputBenchmark.DISTRICT_CHARS.length()) + 1) + "区";
            String id = "district-" + d + "-2021";
            text = new StringBuilder("常州市" + district + "人民政府\n\n2021年5月10日\n\n2021年" + district + "生态环境保护目标责任书\n\n");
            for (int s = 0; s < SECTIONS; s++) {
                text.append(ImportThroughputBenchmark.NUMERALS[s]).append("、").append(departments[s]).append("\n\n");
                for (int c = 0; c < CLAUSES; c++) {
                    String body;
                    if (random.nextDouble() < COPY_SHARE) {
                        int copied = random.nextInt(CLAUSES);
                        body = adapt(city[s][copied], random);
                        truth.put(DocumentIds.task(id, departments[s], c + 1),
                                DocumentIds.task("city-2021", "市" + departments[s].substring(1), copied + 1));
                    } else {
                        body = fresh.get(next++);
                    }
                    text.append(c + 1).append(". ").append(body).append("\n\n");
                }
            }
            sources.add(new DocumentImporter.Source(id, text.toString(), id));
            clauses += SECTIONS * CLAUSES;
        }
        return new Generated(sources, truth, clauses);
    }

    /** The city's clause as a district writes it: its first number changed (30个 → 7个), otherwise verbatim. */
    static String adapt(String clause, SplittableRandom random) {
        Matcher m = NUMBER.matcher(clause);
        return m.find() ? clause.substring(0, m.start()) + (random.nextInt(1, 20)) + clause.substring(m.end()) : clause;
    }

    public static void main(String[] args) throws Exception {
        int districts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Generated generated = generate(districts);
        Path store = Files.createTempDirectory("dutygraph-lineage");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DutygraphApplication.class)
                .properties("logging.level.root=WARN")
                .run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0", "--dutygraph.seed.enabled=false")) {
            DocumentImporter importer = context.getBean(DocumentImporter.class);
            long start = System.nanoTime();
            importer.importAll(generated.sources(), Math.max(1, Runtime.getRuntime().availableProcessors() - 1), o -> {
                if (o.failed()) {
                    throw new IllegalStateException(o.source().name() + " did not import", o.error());
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            Driver driver = context.getBean(Driver.class);
            List<Record> links = driver.executableQuery(context.getBean(CypherQueries.class).get("bench/derived-links"))
                    .execute().records();
            int correct = 0;
            for (Record link : links) {
                if (link.get("parent").asString().equals(generated.truth().get(link.get("child").asString()))) {
                    correct++;
                }
            }
            String report = String.format(Locale.ROOT, """
                    | districts | clauses | copied clauses (truth) | links found | correct | precision | recall | import s | clauses/s |
                    | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                    | %d | %d | %d | %d | %d | %.3f | %.3f | %.1f | %.0f |
                    """, districts, generated.clauses(), generated.truth().size(), links.size(), correct,
                    links.isEmpty() ? 1.0 : (double) correct / links.size(), (double) correct / generated.truth().size(),
                    seconds, generated.clauses() / seconds);
            System.out.print(report);
            if (args.length > 1) {
                Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
            }
        }
    }
}
