package org.dutygraph.bench;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.parser.Clause;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.parser.Participation;
import org.dutygraph.parser.Section;
import org.dutygraph.similarity.SimilarityFinder;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Import throughput of generated documents against a raw-Cypher baseline. The documents are built from
 * {@link ClauseCorpus} clauses (the seed's vocabulary) as sections of 10–40 departments with 2–8 clauses each, one
 * district per document (fixed seed). dutygraph imports each text whole (parse, similarity, one transaction); the
 * baseline writes the same department, task and role rows with one batched UNWIND … MERGE per 1,000 rows through the
 * driver ({@code cypher/bench/baseline-write.cypher}), on a fresh store each.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.ImportThroughputBenchmark
 * -Dbench.args="DOCUMENTS FILE.md"}.
 */
public final class ImportThroughputBenchmark {

    static final String DISTRICT_CHARS = "东南西北中天新金银玉青白红黄绿云山水江河湖海松竹梅兰石星月光明华春秋泰安康宁和平福寿";
    static final String[] DEPARTMENTS = {"区发改局", "区教育局", "区工信局", "区财政局", "区住建局", "区城管局", "区农业农村局",
            "区商务局", "区卫健局", "区应急管理局", "区市场监管局", "区公安分局", "区交警大队", "区生态环境局", "区自然资源和规划分局",
            "区机关事务管理中心", "区水务局", "区交通运输局", "区文旅局", "区科技局", "区民政局", "区人社局", "区统计局", "区司法局",
            "区审计局", "区林业局", "区供销社", "区宣传部", "区网信办", "区行政审批局", "区税务局", "区气象局", "区城建局", "区档案馆",
            "区融媒体中心", "区信访局", "区退役军人事务局", "区医保局", "区体育局", "区国资办"};
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
            "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七",
            "二十八", "二十九", "三十", "三十一", "三十二", "三十三", "三十四", "三十五", "三十六", "三十七", "三十八", "三十九", "四十"};

    private ImportThroughputBenchmark() {
    }

    /** {@code count} generated documents in the genre, deterministic. */
    static List<String> documents(int count) {
        SplittableRandom random = new SplittableRandom(ClauseCorpus.SEED);
        List<SimilarityFinder.Item> clauses = ClauseCorpus.generate(count * 130).items();
        List<String> documents = new ArrayList<>();
        int next = 0;
        for (int d = 0; d < count; d++) {
            String district = "" + DISTRICT_CHARS.charAt(d % DISTRICT_CHARS.length())
                    + DISTRICT_CHARS.charAt((d / DISTRICT_CHARS.length()) % DISTRICT_CHARS.length()) + "区";
            StringBuilder text = new StringBuilder("2021年" + district + "生态环境保护目标责任书\n\n");
            int sections = random.nextInt(10, 41);
            for (int s = 0; s < sections; s++) {
                text.append(NUMERALS[s]).append("、").append(DEPARTMENTS[s]).append("\n\n");
                int n = random.nextInt(2, 9);
                for (int c = 1; c <= n; c++) {
                    String body = clauses.get(next++ % clauses.size()).text();
                    if (random.nextInt(4) == 0) {
                        body = "会同" + DEPARTMENTS[random.nextInt(sections)].substring(1).replaceFirst("局$|分局$|大队$|中心$", "") + "部门" + body;
                    }
                    text.append(c).append(". ").append(body).append("\n\n");
                }
            }
            documents.add(text.toString());
        }
        return documents;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<String> texts = documents(count);
        texts.stream().limit(10).forEach(DocumentParser::parse); // warm-up
        long parseStart = System.nanoTime();
        List<ParsedDocument> parsed = texts.stream().map(DocumentParser::parse).toList();
        int clauses = parsed.stream().mapToInt(ParsedDocument::clauseCount).sum();
        double parsing = clauses / ((System.nanoTime() - parseStart) / 1e9);
        long similarityStart = System.nanoTime();
        for (ParsedDocument p : parsed) {
            List<SimilarityFinder.Item> items = new ArrayList<>();
            p.sections().forEach(s -> s.clauses().forEach(c -> items.add(new SimilarityFinder.Item(s.department(), c.text()))));
            SimilarityFinder.find(items);
        }
        double similarity = clauses / ((System.nanoTime() - similarityStart) / 1e9);

        double ours;
        try (ConfigurableApplicationContext context = start("import")) {
            DocumentImporter importer = context.getBean(DocumentImporter.class);
            importer.importText(texts.getFirst(), "warmup");
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                importer.importText(texts.get(i), "bench-" + i);
            }
            ours = clauses / ((System.nanoTime() - start) / 1e9);
        }
        double baseline;
        try (ConfigurableApplicationContext context = start("baseline")) {
            Driver driver = context.getBean(Driver.class);
            String query = context.getBean(CypherQueries.class).get("bench/baseline-write");
            List<Map<String, Object>> rows = rows(parsed);
            driver.executableQuery(query).withParameters(Map.of("rows", rows.subList(0, Math.min(1000, rows.size())))).execute();
            long start = System.nanoTime();
            for (int from = 0; from < rows.size(); from += 1000) {
                driver.executableQuery(query).withParameters(Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 1000)))).execute();
            }
            baseline = clauses / ((System.nanoTime() - start) / 1e9);
        }
        String report = String.format(Locale.ROOT, """
                | documents | clauses | dutygraph import clauses/s | raw UNWIND…MERGE clauses/s | ratio | parse alone clauses/s | similarity alone clauses/s |
                | --- | --- | --- | --- | --- | --- | --- |
                | %d | %d | %.0f | %.0f | %.2f | %.0f | %.0f |
                """, count, clauses, ours, baseline, ours / baseline, parsing, similarity);
        System.out.print(report);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
        }
    }

    private static List<Map<String, Object>> rows(List<ParsedDocument> documents) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String documentId = "base-" + i;
            for (Section s : documents.get(i).sections()) {
                for (Clause c : s.clauses()) {
                    String task = documentId + "/" + s.department() + "/" + c.ordinal();
                    for (Participation p : c.participants()) {
                        Map<String, Object> row = new HashMap<>();
                        row.put("documentId", documentId);
                        row.put("department", documentId + "/" + p.department());
                        row.put("name", p.department());
                        row.put("task", task);
                        row.put("ordinal", c.ordinal());
                        row.put("text", c.text());
                        row.put("role", p.role().name());
                        row.put("evidence", p.evidence());
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static ConfigurableApplicationContext start(String name) throws java.io.IOException {
        Path store = Files.createTempDirectory("dutygraph-" + name);
        return new SpringApplicationBuilder(DutygraphApplication.class).properties("logging.level.root=WARN")
                .run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0", "--dutygraph.seed.enabled=false");
    }
}
