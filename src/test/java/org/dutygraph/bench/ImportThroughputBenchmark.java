package org.dutygraph.bench;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.document.DocumentRows;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
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
 * {@link ClauseCorpus} clauses (the seed's vocabulary, with its targets and deadlines, and the corpus's injected
 * near-duplicates) as sections of 10–40 departments with 2–8 clauses each, one district per document (fixed seed);
 * about half the clauses get a role phrase (会同X部门, 配合X部门, 由区X局牵头) and 60% of sections end with the genre's
 * recurring 对照《…责任规定》 clause (boilerplate). dutygraph imports the texts with {@link DocumentImporter#importAll}
 * (parsing on background threads ahead of the writer, one transaction per document) and, on another fresh store,
 * one by one with {@link DocumentImporter#importText} (the mutation's path). The baseline writes the same rows —
 * documents, departments, tasks, role edges, mentions, targets, deadlines, similar pairs, already parsed — with one
 * batched UNWIND … MERGE per 1,000 rows through the driver ({@code cypher/bench/baseline-*.cypher}). Each variant
 * runs in a JVM of its own on a fresh store that first takes {@value #WARM_UP} other documents the same way, untimed.
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

    static final String BOILERPLATE = "对照《常州市生态环境保护工作责任规定》要求，切实履行本部门生态环境保护工作职责，"
            + "按照职责分工做好中央和省级生态环境保护督察反馈问题整改工作。";

    private ImportThroughputBenchmark() {
    }

    /** {@code count} generated documents in the genre, deterministic. */
    static List<String> documents(int count) {
        SplittableRandom random = new SplittableRandom(ClauseCorpus.SEED);
        List<SimilarityFinder.Item> clauses = ClauseCorpus.generate(count * 130).items();
        List<String> documents = new ArrayList<>();
        int[] next = {0};
        for (int d = 0; d < count; d++) {
            String district = "" + DISTRICT_CHARS.charAt(d % DISTRICT_CHARS.length())
                    + DISTRICT_CHARS.charAt((d / DISTRICT_CHARS.length()) % DISTRICT_CHARS.length()) + "区";
            documents.add(document("2021年" + district + "生态环境保护目标责任书\n\n", random,
                    section -> clauses.get(next[0]++ % clauses.size()).text()));
        }
        return documents;
    }

    /**
     * One district document of the genre after {@code header}: 10–40 sections of {@link #DEPARTMENTS} (in that order)
     * with 2–8 clauses each, role phrases on about half the clauses, the boilerplate clause at the end of 60 % of the
     * sections. {@code clause} writes a clause's body for the section of {@code DEPARTMENTS[section]}; it draws no
     * number from {@code random}, so the structure depends only on {@code random}.
     */
    static String document(String header, SplittableRandom random, java.util.function.IntFunction<String> clause) {
        StringBuilder text = new StringBuilder(header);
        int sections = random.nextInt(10, 41);
        for (int s = 0; s < sections; s++) {
            text.append(NUMERALS[s]).append("、").append(DEPARTMENTS[s]).append("\n\n");
            int n = random.nextInt(2, 9);
            for (int c = 1; c <= n; c++) {
                String body = clause.apply(s);
                String other = DEPARTMENTS[random.nextInt(sections)].substring(1).replaceFirst("分局$|局$|大队$|中心$", "");
                body = switch (random.nextInt(8)) { // the genre's role forms, on about half the clauses
                    case 0, 1 -> "会同" + other + "部门" + body;
                    case 2 -> "配合" + other + "部门" + body;
                    case 3 -> "由区" + other + "局牵头，" + body;
                    default -> body;
                };
                text.append(c).append(". ").append(body).append("\n\n");
            }
            if (random.nextInt(10) < 6) { // the recurring clause most sections end with: boilerplate
                text.append(n + 1).append(". ").append(BOILERPLATE).append("\n\n");
            }
        }
        return text.toString();
    }

    static final int WARM_UP = 100;
    static final List<String> VARIANTS = List.of("baseline", "one-by-one", "import-all");

    /**
     * Runs each variant in its own JVM (so none inherits another's JIT warm-up) and writes the table. With a variant
     * name as third argument it runs just that variant here and prints its clauses/s.
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        if (args.length > 2) {
            System.out.println("RESULT " + run(args[2], count));
            return;
        }
        int parsers = parsers();
        List<ParsedDocument> parsed = documents(count).stream().map(DocumentParser::parse).toList(); // warm-up
        long parseStart = System.nanoTime();
        parsed = documents(count).stream().map(DocumentParser::parse).toList();
        int clauses = parsed.stream().mapToInt(ParsedDocument::clauseCount).sum();
        double parsing = clauses / seconds(parseStart);
        long similarityStart = System.nanoTime();
        parsed.forEach(ImportThroughputBenchmark::similar);
        double similarity = clauses / seconds(similarityStart);
        Map<String, Double> rates = new HashMap<>();
        for (String variant : VARIANTS) {
            rates.put(variant, fork(variant, count));
        }
        double baseline = rates.get("baseline");
        String report = String.format(Locale.ROOT, """
                | documents | clauses | importAll clauses/s (%d parse thread(s)) | importText one by one clauses/s | raw UNWIND…MERGE clauses/s | ratio importAll / raw | ratio one by one / raw | parse alone clauses/s | similarity alone clauses/s |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                | %d | %d | %.0f | %.0f | %.0f | %.2f | %.2f | %.0f | %.0f |
                """, parsers, count, clauses, rates.get("import-all"), rates.get("one-by-one"), baseline,
                rates.get("import-all") / baseline, rates.get("one-by-one") / baseline, parsing, similarity);
        System.out.print(report);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
        }
    }

    private static int parsers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    private static double fork(String variant, int count) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportThroughputBenchmark.class.getName(),
                String.valueOf(count), "-", variant));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double rate = Double.NaN;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    rate = Double.parseDouble(line.substring(7));
                }
            }
        }
        if (process.waitFor() != 0 || Double.isNaN(rate)) {
            throw new IllegalStateException(variant + " failed (exit " + process.exitValue() + ")");
        }
        System.out.printf(Locale.ROOT, "%s: %.0f clauses/s%n", variant, rate);
        return rate;
    }

    /** One variant on a fresh store: {@value #WARM_UP} other documents untimed, then {@code count} documents timed. */
    private static double run(String variant, int count) throws Exception {
        List<String> all = documents(WARM_UP + count);
        List<String> warmUp = all.subList(count, all.size());
        List<String> texts = all.subList(0, count);
        try (ConfigurableApplicationContext context = start(variant)) {
            DocumentImporter importer = context.getBean(DocumentImporter.class);
            switch (variant) {
                case "baseline" -> {
                    Driver driver = context.getBean(Driver.class);
                    CypherQueries queries = context.getBean(CypherQueries.class);
                    List<ParsedDocument> warmParsed = warmUp.stream().map(DocumentParser::parse).toList();
                    writeBaseline(driver, queries, rows("warm", warmParsed, warmParsed.stream().map(ImportThroughputBenchmark::similar).toList()));
                    List<ParsedDocument> parsed = texts.stream().map(DocumentParser::parse).toList();
                    Map<String, List<Map<String, Object>>> rows = rows("base", parsed, parsed.stream().map(ImportThroughputBenchmark::similar).toList());
                    long start = System.nanoTime();
                    writeBaseline(driver, queries, rows);
                    return clauses(parsed) / seconds(start);
                }
                case "one-by-one" -> {
                    for (int i = 0; i < warmUp.size(); i++) {
                        importer.importText(warmUp.get(i), "warm-" + i);
                    }
                    long start = System.nanoTime();
                    long clauses = 0;
                    for (int i = 0; i < texts.size(); i++) {
                        clauses += importer.importText(texts.get(i), "bench-" + i).taskCount();
                    }
                    return clauses / seconds(start);
                }
                case "import-all" -> {
                    importer.importAll(sources("warm", warmUp), parsers(), ImportThroughputBenchmark::failOn);
                    long start = System.nanoTime();
                    long clauses = importer.importAll(sources("bench", texts), parsers(), ImportThroughputBenchmark::failOn)
                            .stream().mapToLong(o -> o.result().taskCount()).sum();
                    return clauses / seconds(start);
                }
                default -> throw new IllegalArgumentException("unknown variant " + variant);
            }
        }
    }

    private static int clauses(List<ParsedDocument> parsed) {
        return parsed.stream().mapToInt(ParsedDocument::clauseCount).sum();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void failOn(DocumentImporter.Outcome outcome) {
        if (outcome.failed()) {
            throw new IllegalStateException(outcome.source().name() + " did not import", outcome.error());
        }
    }

    private static List<DocumentImporter.Source> sources(String prefix, List<String> texts) {
        List<DocumentImporter.Source> sources = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sources.add(new DocumentImporter.Source(prefix + "-" + i, texts.get(i), prefix + "-" + i));
        }
        return sources;
    }

    private static List<SimilarityFinder.Pair> similar(ParsedDocument p) {
        List<SimilarityFinder.Item> items = new ArrayList<>();
        p.sections().forEach(s -> s.tasks().forEach(c -> items.add(new SimilarityFinder.Item(s.department(), c.text()))));
        return SimilarityFinder.find(items);
    }

    static final List<String> BASELINE_STEPS = List.of("documents", "departments", "tasks", "roles", "mentions",
            "targets", "deadlines", "similarities");

    /** Every kind of row in dependency order, 1,000 rows per UNWIND … MERGE statement, each its own transaction. */
    private static void writeBaseline(Driver driver, CypherQueries queries, Map<String, List<Map<String, Object>>> rows) {
        for (String step : BASELINE_STEPS) {
            String query = queries.get("bench/baseline-" + step);
            List<Map<String, Object>> list = rows.get(step);
            for (int from = 0; from < list.size(); from += 1000) {
                driver.executableQuery(query).withParameters(Map.of("rows", list.subList(from, Math.min(list.size(), from + 1000)))).execute();
            }
        }
    }

    /**
     * The rows dutygraph's import writes for these documents ({@link DocumentRows}, the same code), by kind, with the
     * document id added where a baseline statement needs it (see cypher/bench/baseline-*.cypher).
     */
    private static Map<String, List<Map<String, Object>>> rows(String prefix, List<ParsedDocument> documents,
                                                               List<List<SimilarityFinder.Pair>> similar) {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        BASELINE_STEPS.forEach(step -> rows.put(step, new ArrayList<>()));
        for (int i = 0; i < documents.size(); i++) {
            String documentId = prefix + "-" + i;
            DocumentRows r = DocumentRows.of(documentId, documents.get(i), "hash-" + i, similar.get(i));
            rows.get("documents").add(Map.of("id", documentId, "properties", r.document()));
            rows.get("departments").addAll(withDocument(documentId, r.departments()));
            rows.get("tasks").addAll(withDocument(documentId, r.tasks()));
            rows.get("roles").addAll(r.participations());
            rows.get("mentions").addAll(r.mentions());
            rows.get("targets").addAll(r.targets());
            rows.get("deadlines").addAll(withDocument(documentId, r.deadlines()));
            rows.get("similarities").addAll(r.similarities());
        }
        return rows;
    }

    private static List<Map<String, Object>> withDocument(String documentId, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> copy = new HashMap<>(row);
            copy.put("documentId", documentId);
            return (Map<String, Object>) copy;
        }).toList();
    }

    private static ConfigurableApplicationContext start(String name) throws java.io.IOException {
        Path store = Files.createTempDirectory("dutygraph-" + name);
        return new SpringApplicationBuilder(DutygraphApplication.class).properties("logging.level.root=WARN")
                .run("--dutygraph.data-dir=" + store, "--dutygraph.bolt-port=0", "--server.port=0", "--dutygraph.seed.enabled=false");
    }
}
