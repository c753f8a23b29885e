package org.dutygraph.portfolio;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.similarity.Shingles;
import org.dutygraph.similarity.SimilarityFinder;
import org.dutygraph.similarity.TaskMatcher;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The portfolio of issue 13: six short documents of one policy line (制造业智改数转) written for the tests, from the
 * State Council down to one district over two years, and what the parser reads from them. Analyses across documents
 * are tested against the facts listed here; each fact the import can show is asserted below.
 *
 * <h2>Documents ({@code documents/portfolio/*.txt})</h2>
 * <pre>
 * id                        issuer              region        province city   district year created    published  expires
 * portfolio-national-2023   国务院办公厅          –             –        –      –        2023 2023-03-10 2023-03-16 –
 * portfolio-province-2023   江苏省人民政府办公厅    江苏省         江苏省    –      –        2023 2023-04-06 2023-04-12 –
 * portfolio-city-2023       江苏省常州市人民政府    常州市         江苏省    常州市  –        2023 2023-04-25 2023-04-28 2025-12-31
 * portfolio-district-2023a  常州市武进区人民政府    常州市武进区    –        常州市  武进区    2023 2023-05-10 2023-05-15 –
 * portfolio-district-2023b  常州市武进区人民政府办公室 常州市武进区   –        常州市  武进区    2023 2023-05-22 2023-05-26 –
 * portfolio-district-2024   常州市武进区人民政府    常州市武进区    –        常州市  武进区    2024 2024-03-05 2024-03-08 –
 * </pre>
 * The city signs with its province's name (the parser reads a province only from the issuer); the district documents
 * name their city, not the province. Only the city states an expiry (失效日期 of its page, 2025-12-31); the others
 * are in force through 31 December of their year. So on 2023-06-01 the five 2023 documents are in force, on
 * 2024-06-01 the district's 2024 document and the city's (and, in this store, the seed zhonglou-2021 on both days).
 *
 * <h2>Departments (store ids)</h2>
 * <pre>
 * national  国家/工业和信息化部, 国家/财政部, 国家/国家发展改革委, 国家/市场监管总局, 国家/国家统计局
 * province  江苏省/省工业和信息化厅, 江苏省/省财政厅, 江苏省/省发展改革委, 江苏省/省市场监管局
 * city      常州市/市工信局, 常州市/市财政局, 常州市/市发改委, 常州市/市科技局
 * district  常州市武进区/ + 区工信局, 区发改局, 区财政局, 区商务局, 区人社局 (2023a, 2024);
 *                          区科技局, 区工信局, 区发改局, 区住建局, 区财政局 (2023b)
 * </pre>
 *
 * <h2>Tasks (label path: roles)</h2>
 * <pre>
 * national  一/(一) 中小企业数字化赋能    LEAD 工业和信息化部; SUPPORT 财政部, 国家发展改革委
 *           二/(二) 智能制造示范工厂揭榜  LEAD 工业和信息化部, 国家发展改革委; SUPPORT 市场监管总局
 *           三/(三) 转型统计监测         LEAD 国家统计局; SUPPORT 工业和信息化部
 * province  一/(一) 中小企业数字化赋能    LEAD 省工业和信息化厅; SUPPORT 省财政厅, 省发展改革委
 *           二/(二) 智能制造示范工厂揭榜  LEAD 省工业和信息化厅, 省发展改革委; SUPPORT 省市场监管局
 *           三/(三) 免费诊断 3000家       LEAD 省工业和信息化厅; SUPPORT 省财政厅
 * city      一/1 中小企业数字化赋能        LEAD 市工信局; SUPPORT 市财政局, 市发改委
 *           一/2 免费诊断 500家            LEAD 市工信局; SUPPORT 市财政局
 *           二/3 示范车间 24个             LEAD 市工信局; SUPPORT 市科技局
 *           二/4 工业互联网平台 5个         LEAD 市工信局; SUPPORT 市发改委
 *           三/5 智改数转专项资金          LEAD 市财政局; SUPPORT 市工信局
 * 2023a     一/1 示范车间 18个             LEAD 区工信局
 *           一/2 上云用云 200家 …全覆盖     LEAD 区工信局
 *           二/3 产业发展专项资金          LEAD 区发改局; SUPPORT 区财政局
 *           二/4 数字商务企业培育          LEAD 区商务局
 *           二/5 数字技能培训 5000人次      LEAD 区人社局
 * 2023b     一/(一) 上云用云 200家         LEAD 区科技局
 *           一/(二) 标识解析 50家          LEAD 区工信局
 *           一/(三) 数字经济产业园 20个     LEAD 区发改局
 *           二/(四) 智慧工地 30个          LEAD 区住建局
 *           二/(五) 财政奖补政策           LEAD 区财政局; SUPPORT 区工信局, 区住建局
 * 2024      一/1 上云用云 200家 …全覆盖     LEAD 区工信局
 *           一/2 示范工厂 2家              LEAD 区工信局
 *           一/3 设备更新 120个            LEAD 区工信局
 *           二/4 产业发展专项资金          LEAD 区发改局, 区财政局
 *           二/5 数字商务企业培育          LEAD 区商务局
 *           二/6 数字技能培训 5000人次      LEAD 区人社局
 * </pre>
 * No task has a JOINT role, a stated: false role, a mention or an unresolved collective.
 *
 * <h2>Facts across documents</h2>
 * <ol>
 *   <li><b>Levels</b>: the table above; national has no region; the city names 江苏省, the districts 常州市.</li>
 *   <li><b>Summed load</b>: 常州市武进区/区工信局 in 2023 leads 2 tasks of 2023a (一/1, 一/2) and 1 of 2023b (一/(二))
 *       and supports 1 of 2023b (二/(五)): LEAD 3, SUPPORT 1, JOINT 0, 4 tasks.</li>
 *   <li><b>Cut point only when combined</b>: 2023a's one collaboration is 区发改局–区财政局 (二/3); 2023b's is the
 *       triangle 区财政局–区工信局–区住建局 (二/(五)); every other district task has one department. Neither
 *       document alone has an articulation point; their 2023 network has exactly one, 区财政局 (removing it cuts
 *       区发改局 off). 2024 alone: 区发改局–区财政局 only.</li>
 *   <li><b>Duplicate across two documents</b>: 2023a 一/2 (LEAD 区工信局) and 2023b 一/(一) (LEAD 区科技局) differ
 *       only in 全覆盖: bigram Jaccard 0.919 (role statements set aside, as the similarity search compares). It is
 *       the only pair of 2023a and 2023b at 0.5 or more.</li>
 *   <li><b>Carried, changed, dropped</b> (pairs at bigram Jaccard ≥ 0.5, each nearly verbatim apart from the level's
 *       words 全省/全市): national → province carries 一/(一) → 一/(一) (0.907) and 二/(二) → 二/(二) (0.892),
 *       drops 三/(三); province 三/(三) is its own. Province → city carries 一/(一) → 一/1 (0.909) verbatim and
 *       三/(三) → 一/2 (0.897) with its number changed (3000家 → 500家 规上工业企业开展免费诊断), drops 二/(二);
 *       city 二/3, 二/4, 三/5 are its own (national 一/(一) and city 一/1 are also 0.907 alike). City → district:
 *       only 2023a copies, 二/3 → 一/1 (0.854), the target changed from 24 to 18 个 市级智能制造示范车间; the store
 *       links that one task as derived from the city's, and no other district task (2023b and 2024 copy nothing).</li>
 *   <li><b>Year over year</b>: 2024 repeats four 2023a tasks word for word (一/2 → 一/1, 二/3 → 二/4, 二/4 → 二/5,
 *       二/5 → 二/6), leaves out 一/1 and adds 一/2 and 一/3. On the repeated tasks one role changes: 区财政局
 *       SUPPORT → LEAD on the 专项资金 task (区发改局 stays LEAD, now its co-lead). Led tasks 2023a → 2024:
 *       区工信局 2 → 3, 区财政局 0 → 1, 区发改局, 区商务局, 区人社局 1 → 1. (2024 一/1 is also 0.919 alike to 2023b
 *       一/(一), the duplicate of point 4.)</li>
 * </ol>
 */
@DisplayName("Portfolio documents: what is read from the six documents of issue 13")
class PortfolioDocumentsIT extends ServiceIT {

    static final String NATIONAL = "portfolio-national-2023";
    static final String PROVINCE = "portfolio-province-2023";
    static final String CITY = "portfolio-city-2023";
    static final String DISTRICT_2023A = "portfolio-district-2023a";
    static final String DISTRICT_2023B = "portfolio-district-2023b";
    static final String DISTRICT_2024 = "portfolio-district-2024";
    static final String WUJIN = "常州市武进区/";

    @Autowired
    DocumentImporter importer;

    @BeforeEach
    void documents() {
        importAll(importer);
    }

    /** Imports the six documents (again: an unchanged document is left as it is), the State Council's first. */
    static void importAll(DocumentImporter importer) {
        importer.importText(TestDocuments.text("portfolio/national-2023.txt"), NATIONAL);
        importer.importText(TestDocuments.text("portfolio/province-2023.txt"), PROVINCE);
        importer.importText(TestDocuments.text("portfolio/city-2023.txt"), CITY);
        importer.importText(TestDocuments.text("portfolio/district-2023a.txt"), DISTRICT_2023A);
        importer.importText(TestDocuments.text("portfolio/district-2023b.txt"), DISTRICT_2023B);
        importer.importText(TestDocuments.text("portfolio/district-2024.txt"), DISTRICT_2024);
    }

    record Department(String id) {
    }

    record Participant(String role, Department department) {
    }

    record Target(String subject, double value, String unit) {
    }

    record TaskRef(String id) {
    }

    record Task(String path, String text, List<Participant> participants, List<Target> targets, List<TaskRef> derivedFrom) {
    }

    List<Task> tasks(String documentId) {
        return tester().documentName("portfolio/documentTasks").variable("documentId", documentId).execute()
                .path("tasks.edges[*].node").entityList(Task.class).get();
    }

    Task task(String documentId, String path) {
        return tasks(documentId).stream().filter(t -> t.path().equals(path)).findFirst().orElseThrow();
    }

    /** One line per role edge ("二/3 SUPPORT 常州市武进区/区财政局"); a task without a role is its path alone. */
    List<String> roles(String documentId) {
        List<String> lines = new ArrayList<>();
        for (Task t : tasks(documentId)) {
            if (t.participants().isEmpty()) {
                lines.add(t.path());
            }
            t.participants().forEach(p -> lines.add(t.path() + " " + p.role() + " " + p.department().id()));
        }
        return lines;
    }

    /** How many tasks each department leads in a document. */
    Map<String, Long> leads(String documentId) {
        return new TreeMap<>(tasks(documentId).stream().flatMap(t -> t.participants().stream())
                .filter(p -> p.role().equals("LEAD")).collect(groupingBy(p -> p.department().id(), counting())));
    }

    /** The collaboration edges of the documents: every two departments with a role in one task. */
    Set<Set<String>> collaboration(String... documentIds) {
        Set<Set<String>> edges = new HashSet<>();
        for (String documentId : documentIds) {
            for (Task t : tasks(documentId)) {
                List<String> departments = t.participants().stream().map(p -> p.department().id()).distinct().toList();
                for (int i = 0; i < departments.size(); i++) {
                    for (int j = i + 1; j < departments.size(); j++) {
                        edges.add(Set.of(departments.get(i), departments.get(j)));
                    }
                }
            }
        }
        return edges;
    }

    /** The departments whose removal splits a part of the network in two (checked by removing each in turn). */
    static Set<String> cutPoints(Set<Set<String>> edges) {
        Set<String> nodes = new TreeSet<>();
        edges.forEach(nodes::addAll);
        int whole = components(edges, nodes, null);
        Set<String> cut = new TreeSet<>();
        for (String node : nodes) {
            if (components(edges, nodes, node) > whole) {
                cut.add(node);
            }
        }
        return cut;
    }

    private static int components(Set<Set<String>> edges, Set<String> nodes, String removed) {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (String start : nodes) {
            if (start.equals(removed) || !seen.add(start)) {
                continue;
            }
            count++;
            Deque<String> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                String at = todo.pop();
                for (Set<String> edge : edges) {
                    if (edge.contains(at)) {
                        edge.stream().filter(n -> !n.equals(removed) && seen.add(n)).forEach(todo::push);
                    }
                }
            }
        }
        return count;
    }

    static Set<String> wujin(String... names) {
        return Arrays.stream(names).map(n -> WUJIN + n).collect(toSet());
    }

    /** Bigram Jaccard of two task texts as the similarity search compares them (role statements set aside). */
    static double similarity(String a, String b) {
        return Shingles.jaccard(Shingles.of(SimilarityFinder.comparable(a)), Shingles.of(SimilarityFinder.comparable(b)));
    }

    /** Each task of the later document at 0.5 or more alike to one of the earlier's: "earlier → later 0.907". */
    List<String> copies(String earlier, String later) {
        List<Task> before = tasks(earlier);
        List<Task> after = tasks(later);
        return TaskMatcher.bestBefore(texts(before), texts(after), 0.5).stream()
                .map(m -> before.get(m.before()).path() + " → " + after.get(m.after()).path()
                        + String.format(" %.3f", m.score()))
                .toList();
    }

    private static List<String> texts(List<Task> tasks) {
        return tasks.stream().map(Task::text).toList();
    }

    List<String> selected(Map<String, Object> scope) {
        return tester().documentName("portfolio/documentsInScope").variable("scope", scope).execute()
                .path("documentsInScope[*].id").entityList(String.class).get();
    }

    @Test
    void each_document_is_read_with_its_government_places_year_and_dates() {
        List<String> read = query("document-metadata", Map.of("documentIds",
                List.of(NATIONAL, PROVINCE, CITY, DISTRICT_2023A, DISTRICT_2023B, DISTRICT_2024))).stream()
                .map(PortfolioDocumentsIT::metadataLine).toList();
        assertThat(read).containsExactly(
                "portfolio-city-2023 | 江苏省常州市人民政府 | 常州市 | 江苏省 | 常州市 | – | 2023 | 2023-04-25 | 2023-04-28 | 2025-12-31",
                "portfolio-district-2023a | 常州市武进区人民政府 | 常州市武进区 | – | 常州市 | 武进区 | 2023 | 2023-05-10 | 2023-05-15 | –",
                "portfolio-district-2023b | 常州市武进区人民政府办公室 | 常州市武进区 | – | 常州市 | 武进区 | 2023 | 2023-05-22 | 2023-05-26 | –",
                "portfolio-district-2024 | 常州市武进区人民政府 | 常州市武进区 | – | 常州市 | 武进区 | 2024 | 2024-03-05 | 2024-03-08 | –",
                "portfolio-national-2023 | 国务院办公厅 | – | – | – | – | 2023 | 2023-03-10 | 2023-03-16 | –",
                "portfolio-province-2023 | 江苏省人民政府办公厅 | 江苏省 | 江苏省 | – | – | 2023 | 2023-04-06 | 2023-04-12 | –");
    }

    private static String metadataLine(Record r) {
        return String.join(" | ", Stream.of("id", "issuer", "region", "province", "city", "district", "year",
                        "createdDate", "publishedDate", "expiresDate")
                .map(k -> r.get(k).isNull() ? "–" : String.valueOf(r.get(k).asObject())).toList());
    }

    @Test
    void on_1_june_2023_the_five_documents_of_2023_are_in_force_and_on_1_june_2024_the_district_2024_and_the_city_plan() {
        assertThat(selected(Map.of("inForceOn", "2023-06-01")))
                .as("the seed zhonglou-2021 is in force to 2025-02-13")
                .containsExactlyInAnyOrder(SEED, NATIONAL, PROVINCE, CITY, DISTRICT_2023A, DISTRICT_2023B);
        assertThat(selected(Map.of("inForceOn", "2024-06-01")))
                .as("the city states its expiry, 2025-12-31").containsExactlyInAnyOrder(SEED, CITY, DISTRICT_2024);
        assertThat(selected(Map.of("year", 2023)))
                .containsExactlyInAnyOrder(NATIONAL, PROVINCE, CITY, DISTRICT_2023A, DISTRICT_2023B);
        assertThat(selected(Map.of("jurisdiction", "常州市", "withLevelsAbove", true)))
                .as("the city names its province").containsExactlyInAnyOrder(CITY, PROVINCE, NATIONAL);
    }

    @Test
    void the_state_council_gives_three_tasks_to_ministries_and_the_province_the_same_shape_to_its_departments() {
        assertThat(roles(NATIONAL)).containsExactlyInAnyOrder(
                "一/(一) LEAD 国家/工业和信息化部", "一/(一) SUPPORT 国家/财政部", "一/(一) SUPPORT 国家/国家发展改革委",
                "二/(二) LEAD 国家/工业和信息化部", "二/(二) LEAD 国家/国家发展改革委", "二/(二) SUPPORT 国家/市场监管总局",
                "三/(三) LEAD 国家/国家统计局", "三/(三) SUPPORT 国家/工业和信息化部");
        assertThat(roles(PROVINCE)).containsExactlyInAnyOrder(
                "一/(一) LEAD 江苏省/省工业和信息化厅", "一/(一) SUPPORT 江苏省/省财政厅", "一/(一) SUPPORT 江苏省/省发展改革委",
                "二/(二) LEAD 江苏省/省工业和信息化厅", "二/(二) LEAD 江苏省/省发展改革委", "二/(二) SUPPORT 江苏省/省市场监管局",
                "三/(三) LEAD 江苏省/省工业和信息化厅", "三/(三) SUPPORT 江苏省/省财政厅");
    }

    @Test
    void the_city_gives_four_of_its_five_tasks_to_its_industry_bureau_and_the_fund_to_its_finance_bureau() {
        assertThat(roles(CITY)).containsExactlyInAnyOrder(
                "一/1 LEAD 常州市/市工信局", "一/1 SUPPORT 常州市/市财政局", "一/1 SUPPORT 常州市/市发改委",
                "一/2 LEAD 常州市/市工信局", "一/2 SUPPORT 常州市/市财政局",
                "二/3 LEAD 常州市/市工信局", "二/3 SUPPORT 常州市/市科技局",
                "二/4 LEAD 常州市/市工信局", "二/4 SUPPORT 常州市/市发改委",
                "三/5 LEAD 常州市/市财政局", "三/5 SUPPORT 常州市/市工信局");
    }

    @Test
    void the_districts_three_documents_give_each_task_to_its_own_bureaus() {
        assertThat(roles(DISTRICT_2023A)).containsExactlyInAnyOrder(
                "一/1 LEAD 常州市武进区/区工信局",
                "一/2 LEAD 常州市武进区/区工信局",
                "二/3 LEAD 常州市武进区/区发改局", "二/3 SUPPORT 常州市武进区/区财政局",
                "二/4 LEAD 常州市武进区/区商务局",
                "二/5 LEAD 常州市武进区/区人社局");
        assertThat(roles(DISTRICT_2023B)).containsExactlyInAnyOrder(
                "一/(一) LEAD 常州市武进区/区科技局",
                "一/(二) LEAD 常州市武进区/区工信局",
                "一/(三) LEAD 常州市武进区/区发改局",
                "二/(四) LEAD 常州市武进区/区住建局",
                "二/(五) LEAD 常州市武进区/区财政局", "二/(五) SUPPORT 常州市武进区/区工信局", "二/(五) SUPPORT 常州市武进区/区住建局");
        assertThat(roles(DISTRICT_2024)).containsExactlyInAnyOrder(
                "一/1 LEAD 常州市武进区/区工信局",
                "一/2 LEAD 常州市武进区/区工信局",
                "一/3 LEAD 常州市武进区/区工信局",
                "二/4 LEAD 常州市武进区/区发改局", "二/4 LEAD 常州市武进区/区财政局",
                "二/5 LEAD 常州市武进区/区商务局",
                "二/6 LEAD 常州市武进区/区人社局");
    }

    @Test
    void in_2023_the_district_industry_bureau_leads_three_tasks_and_supports_one() {
        List<String> industry = Stream.of(DISTRICT_2023A, DISTRICT_2023B).flatMap(d -> roles(d).stream())
                .filter(line -> line.endsWith(" " + WUJIN + "区工信局")).map(line -> line.split(" ")[1]).toList();
        assertThat(industry).containsExactlyInAnyOrder("LEAD", "LEAD", "LEAD", "SUPPORT");
    }

    @Test
    void the_finance_bureau_cuts_the_districts_2023_network_only_when_both_documents_are_combined() {
        assertThat(collaboration(DISTRICT_2023A)).containsExactly(wujin("区发改局", "区财政局"));
        assertThat(collaboration(DISTRICT_2023B)).containsExactlyInAnyOrder(
                wujin("区财政局", "区工信局"), wujin("区财政局", "区住建局"), wujin("区工信局", "区住建局"));
        assertThat(cutPoints(collaboration(DISTRICT_2023A))).isEmpty();
        assertThat(cutPoints(collaboration(DISTRICT_2023B))).isEmpty();
        assertThat(cutPoints(collaboration(DISTRICT_2023A, DISTRICT_2023B))).containsExactly(WUJIN + "区财政局");
        assertThat(collaboration(DISTRICT_2024)).containsExactly(wujin("区发改局", "区财政局"));
    }

    @Test
    void the_cloud_task_is_written_in_both_2023_documents_under_different_leads() {
        Task industry = task(DISTRICT_2023A, "一/2");
        Task science = task(DISTRICT_2023B, "一/(一)");
        assertThat(similarity(industry.text(), science.text())).isCloseTo(0.919, within(0.001));
        assertThat(industry.participants()).extracting(p -> p.role() + " " + p.department().id())
                .containsExactly("LEAD " + WUJIN + "区工信局");
        assertThat(science.participants()).extracting(p -> p.role() + " " + p.department().id())
                .containsExactly("LEAD " + WUJIN + "区科技局");
        assertThat(copies(DISTRICT_2023A, DISTRICT_2023B)).containsExactly("一/2 → 一/(一) 0.919");
    }

    @Test
    void the_province_carries_two_national_tasks_and_drops_the_statistics_task() {
        assertThat(copies(NATIONAL, PROVINCE)).containsExactlyInAnyOrder("一/(一) → 一/(一) 0.907", "二/(二) → 二/(二) 0.892");
    }

    @Test
    void the_city_carries_one_province_task_changes_the_number_of_another_and_drops_the_model_factories() {
        assertThat(copies(PROVINCE, CITY)).containsExactlyInAnyOrder("一/(一) → 一/1 0.909", "三/(三) → 一/2 0.897");
        assertThat(task(PROVINCE, "三/(三)").targets()).containsExactly(new Target("规上工业企业开展免费诊断", 3000, "家"));
        assertThat(task(CITY, "一/2").targets()).containsExactly(new Target("规上工业企业开展免费诊断", 500, "家"));
        assertThat(task(PROVINCE, "一/(一)").targets()).isEmpty();
    }

    @Test
    void district_2023a_copies_the_citys_24_model_workshops_as_18_and_no_other_district_task_copies_the_city() {
        assertThat(copies(CITY, DISTRICT_2023A)).containsExactly("二/3 → 一/1 0.854");
        assertThat(copies(CITY, DISTRICT_2023B)).isEmpty();
        assertThat(copies(CITY, DISTRICT_2024)).isEmpty();
        assertThat(task(CITY, "二/3").targets()).containsExactly(new Target("市级智能制造示范车间", 24, "个"));
        Task copy = task(DISTRICT_2023A, "一/1");
        assertThat(copy.targets()).containsExactly(new Target("市级智能制造示范车间", 18, "个"));
        assertThat(copy.derivedFrom()).containsExactly(new TaskRef(CITY + "/二/3"));
        assertThat(Stream.of(DISTRICT_2023A, DISTRICT_2023B, DISTRICT_2024).flatMap(d -> tasks(d).stream())
                .filter(t -> !t.derivedFrom().isEmpty())).containsExactly(copy);
    }

    @Test
    void in_2024_four_tasks_repeat_the_finance_bureau_moves_from_support_to_lead_and_the_industry_bureau_leads_three() {
        assertThat(copies(DISTRICT_2023A, DISTRICT_2024)).containsExactlyInAnyOrder(
                "一/2 → 一/1 1.000", "二/3 → 二/4 1.000", "二/4 → 二/5 1.000", "二/5 → 二/6 1.000");
        assertThat(task(DISTRICT_2023A, "二/3").participants()).extracting(p -> p.role() + " " + p.department().id())
                .containsExactlyInAnyOrder("LEAD " + WUJIN + "区发改局", "SUPPORT " + WUJIN + "区财政局");
        assertThat(task(DISTRICT_2024, "二/4").participants()).extracting(p -> p.role() + " " + p.department().id())
                .containsExactlyInAnyOrder("LEAD " + WUJIN + "区发改局", "LEAD " + WUJIN + "区财政局");
        assertThat(leads(DISTRICT_2023A)).isEqualTo(Map.of(WUJIN + "区工信局", 2L, WUJIN + "区发改局", 1L,
                WUJIN + "区商务局", 1L, WUJIN + "区人社局", 1L));
        assertThat(leads(DISTRICT_2024)).isEqualTo(Map.of(WUJIN + "区工信局", 3L, WUJIN + "区发改局", 1L,
                WUJIN + "区财政局", 1L, WUJIN + "区商务局", 1L, WUJIN + "区人社局", 1L));
    }
}
