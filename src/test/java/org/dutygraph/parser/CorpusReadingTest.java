package org.dutygraph.parser;

import org.dutygraph.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reader on the real documents of the development corpus ({@code ../shared/corpus}, or the folder named by the
 * system property {@code dutygraph.corpus}): each is read in its layout, and its role triples are scored against the
 * hand-labelled truth in {@code src/test/resources/corpus-truth}. Skipped, with the reason, where the folder is absent.
 */
@DisplayName("Reading the real documents of the corpus")
class CorpusReadingTest {

    static final Path CORPUS = Path.of(System.getProperty("dutygraph.corpus", "../shared/corpus"));
    static final Map<String, ParsedDocument> read = new LinkedHashMap<>();

    static List<String> documents() {
        return List.of("01-guangzhou-2012-rencai-jiju", "02-guoban-2020-43-fangguanfu-fengong",
                "05-anhui-2021-gongye-hulianwang", "06-baotou-2022-shuzi-zhengfu-kaoping",
                "07-guofa-2019-3-zonghe-baoshuiqu", "08-fujian-2016-zhengwu-gongkai-fenjiebiao",
                "09-pingtan-2018-shengtai-huanbao-zhize", "10-pingtan-2016-turang-wuran-fangzhi",
                "11-pingtan-2016-shengtai-yaodian-fengongbiao", "12-pingtan-2015-xinyong-tixi-fengong");
    }

    @BeforeAll
    static void parseTheCorpus() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return;
        }
        for (String name : documents()) {
            Path file = CORPUS.resolve(name + ".txt");
            if (Files.exists(file)) {
                read.put(name, DocumentParser.parse(Files.readString(file)));
            }
        }
        System.out.println("| document | layout | tasks | LEAD | JOINT | SUPPORT | departments | organisations | generic mentions (distinct) | coverage | P | R | F1 |");
        read.forEach((name, doc) -> {
            RoleTruth.Score s = RoleTruth.load(name).score(doc);
            Map<Role, Long> byRole = doc.tasks().stream().flatMap(c -> c.participants().stream())
                    .collect(Collectors.groupingBy(ParsedParticipation::role, Collectors.counting()));
            System.out.printf("| %s | %s | %d | %d | %d | %d | %d | %d | %d (%d) | %.2f | %.3f | %.3f | %.3f |%n", name, doc.layout(),
                    doc.clauseCount(), byRole.getOrDefault(Role.LEAD, 0L), byRole.getOrDefault(Role.JOINT, 0L),
                    byRole.getOrDefault(Role.SUPPORT, 0L), doc.departments().stream().filter(d -> !d.organisation()).count(),
                    doc.departments().stream().filter(ParsedDepartment::organisation).count(),
                    doc.tasks().stream().mapToLong(c -> c.unresolvedMentions().size()).sum(),
                    doc.tasks().stream().flatMap(c -> c.unresolvedMentions().stream()).distinct().count(), doc.coverage(),
                    s.precision(), s.recall(), s.f1());
        });
    }

    static ParsedDocument doc(String name) {
        assumeTrue(Files.isDirectory(CORPUS), "the development corpus is not at " + CORPUS.toAbsolutePath()
                + " (a clone without ../shared/corpus): corpus tests skipped");
        assumeTrue(read.containsKey(name), name + ".txt is not in " + CORPUS.toAbsolutePath());
        return read.get(name);
    }

    static Set<String> roles(ParsedDocument doc, String path) {
        ParsedTask task = doc.task(path).orElseThrow(() -> new AssertionError("no task " + path));
        return task.participants().stream().map(p -> p.role() + " " + p.department()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void every_document_reads_its_role_triples_as_the_hand_labelled_truth_has_them(String name) {
        RoleTruth.Score score = RoleTruth.load(name).score(doc(name));
        assertThat(score.f1()).as("F1 of %s; missed %s; extra %s", name, score.missed(), score.extra())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision()).as("precision of %s; extra %s", name, score.extra()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void the_whole_corpus_reads_at_f1_above_0_98() {
        int truth = 0, found = 0, correct = 0;
        for (String name : documents()) {
            RoleTruth.Score s = RoleTruth.load(name).score(doc(name));
            truth += s.truth();
            found += s.found();
            correct += s.correct();
        }
        double p = (double) correct / found;
        double r = (double) correct / truth;
        assertThat(2 * p * r / (p + r)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void guangzhou_items_numbered_on_across_sections_end_in_lead_and_support_units() {
        ParsedDocument doc = doc("01-guangzhou-2012-rencai-jiju");
        assertThat(doc.layout()).isEqualTo(Layout.TOPIC_PARENTHETICALS);
        assertThat(roles(doc, "二/(一)/2")).containsExactlyInAnyOrder("LEAD 市发展改革委", "SUPPORT 市委组织部",
                "SUPPORT 市人力资源和社会保障局");
        assertThat(doc.task("二/(一)/2").orElseThrow().unresolvedMentions()).containsExactly("各区、县级市");
        // 11.121人才梯队项目: item 11 on a line of its own although a number follows its dot
        assertThat(roles(doc, "二/(二)/11")).containsExactlyInAnyOrder("LEAD 市人力资源和社会保障局");
        assertThat(doc.tasks()).extracting(ParsedTask::path).contains("三/(三)/39", "四/40", "五/45");
    }

    @Test
    void state_council_office_tasks_on_one_line_with_sub_measures_each_with_its_own_parenthetical() {
        ParsedDocument doc = doc("02-guoban-2020-43-fangguanfu-fengong");
        assertThat(doc.clauseCount()).isEqualTo(99);
        assertThat(roles(doc, "一/(一)/1")).containsExactlyInAnyOrder("LEAD 财政部");
        assertThat(roles(doc, "一/(一)/3")).containsExactlyInAnyOrder("LEAD 市场监管总局", "JOINT 国家发展改革委",
                "JOINT 住房城乡建设部", "JOINT 交通运输部", "JOINT 海关总署");
        // A、B按职责分工负责 with no lead: each is responsible
        assertThat(roles(doc, "一/(二)/2")).containsExactlyInAnyOrder("LEAD 财政部", "LEAD 人民银行", "LEAD 银保监会");
        // 3．2020年底前开展…: an item that begins with a deadline
        assertThat(doc.task("一/(一)/3").orElseThrow().text()).startsWith("2020年底前开展涉企收费专项治理");
        // an unnumbered 具体措施 block under its item
        assertThat(roles(doc, "五/(二十三)/¶1")).containsExactly("LEAD 国务院职能转变协调办");
        assertThat(roles(doc, "五/(二十二)")).isEmpty();
        assertThat(doc.task("五/(二十二)").orElseThrow().unresolvedMentions()).containsExactly("各地区", "各部门");
        assertThat(doc.departments()).allMatch(d -> d.level() == org.dutygraph.model.Level.OWN);
    }

    @Test
    void anhui_export_reads_two_documents_bound_together_and_not_the_roster() {
        ParsedDocument doc = doc("05-anhui-2021-gongye-hulianwang");
        assertThat(doc.metadata().number()).isEqualTo("皖政办秘〔2021〕82号");
        assertThat(doc.metadata().issuer()).isEqualTo("安徽省人民政府办公室".replace("室", "厅"));
        assertThat(roles(doc, "一/¶1")).containsExactlyInAnyOrder("LEAD 省经济和信息化厅", "LEAD 省财政厅");
        assertThat(roles(doc, "P2:二/(一)/2")).containsExactlyInAnyOrder("LEAD 省经济和信息化厅", "LEAD 省通信管理局");
        assertThat(roles(doc, "八/¶2")).contains("LEAD 省地方金融监管局", "LEAD 省投资集团");
        assertThat(doc.departments()).filteredOn(ParsedDepartment::organisation).extracting(ParsedDepartment::name)
                .contains("人行合肥中心支行", "省投资集团", "安徽银保监局");
        assertThat(doc.tasks()).noneMatch(c -> c.text().contains("王清宪"));
    }

    @Test
    void baotou_assessment_indicators_keep_the_deadline_and_drop_the_points() {
        ParsedDocument doc = doc("06-baotou-2022-shuzi-zhengfu-kaoping");
        ParsedTask first = doc.task("P2:一/(一)/1").orElseThrow();
        assertThat(roles(doc, "P2:一/(一)/1")).containsExactly("LEAD 市审批服务局");
        assertThat(first.deadlines()).extracting(ParsedDeadline::text).contains("5月底");
        assertThat(doc.task("P2:一/(九)/19").orElseThrow().text()).doesNotContain("0.5分");
        assertThat(roles(doc, "P2:一/(四)/8")).containsExactlyInAnyOrder("LEAD 市住建局", "LEAD 市审批服务局");
        // 配合市发改委 in the running text of a task 市市场监管局 is assessed on
        assertThat(roles(doc, "P2:一/(九)/35")).containsExactlyInAnyOrder("LEAD 市市场监管局", "LEAD 市发改委",
                "SUPPORT 市市场监管局");
        assertThat(doc.clauseCount()).isEqualTo(90);
    }

    @Test
    void state_council_rule_that_the_first_listed_leads_holds_for_every_measure_after_it() {
        ParsedDocument doc = doc("07-guofa-2019-3-zonghe-baoshuiqu");
        assertThat(roles(doc, "四/(一)/1")).containsExactlyInAnyOrder("LEAD 税务总局", "JOINT 财政部", "JOINT 海关总署");
        assertThat(roles(doc, "四/(二)/7")).containsExactlyInAnyOrder("LEAD 发展改革委", "JOINT 科技部", "JOINT 海关总署");
        assertThat(roles(doc, "四/(一)/5")).containsExactly("LEAD 海关总署");
        assertThat(doc.metadata().title()).isEqualTo("国务院关于促进综合保税区高水平开放高质量发展的若干意见");
    }

    @Test
    void fujian_flattened_table_is_read_by_column_position() {
        ParsedDocument doc = doc("08-fujian-2016-zhengwu-gongkai-fenjiebiao");
        assertThat(doc.layout()).isEqualTo(Layout.TABLE);
        assertThat(roles(doc, "一/(一)/1")).containsExactly("LEAD 省编办");
        assertThat(roles(doc, "一/(三)/10")).containsExactlyInAnyOrder("LEAD 省公安厅", "JOINT 省人社厅",
                "JOINT 省卫计委", "JOINT 省教育厅");
        assertThat(roles(doc, "三/(五)/32")).containsExactlyInAnyOrder("LEAD 省环保厅", "JOINT 省卫计委",
                "JOINT 省住建厅", "JOINT 省水利厅");
        // merged cells lost: the task stays, with no department
        assertThat(roles(doc, "一/(一)/2")).isEmpty();
        assertThat(doc.task("一/(一)/2").orElseThrow().owners()).isEmpty();
    }

    @Test
    void pingtan_duties_are_read_article_by_article() {
        ParsedDocument doc = doc("09-pingtan-2018-shengtai-huanbao-zhize");
        assertThat(doc.layout()).isEqualTo(Layout.DEPARTMENT_ARTICLES);
        assertThat(doc.section("区经济发展局")).isPresent();
        assertThat(roles(doc, "第九条/(一)/1")).containsExactlyInAnyOrder("LEAD 区经济发展局",
                "SUPPORT 区经济发展局", "JOINT 区财政金融局");
        assertThat(roles(doc, "第九条/(一)/2")).contains("JOINT 区环境与国土资源局");
        assertThat(doc.section("区党工委、管委会办公室")).isPresent();
        assertThat(doc.departments()).filteredOn(ParsedDepartment::organisation).extracting(ParsedDepartment::name)
                .contains("中华人民共和国平潭海关");
        // the articles of collectives (乡镇党委) are read, with no owner
        assertThat(doc.sections()).anyMatch(s -> s.title().equals("乡镇党委") && s.department() == null);
    }

    @Test
    void pingtan_role_lines_after_each_task_make_the_participants_joint() {
        ParsedDocument doc = doc("10-pingtan-2016-turang-wuran-fangzhi");
        assertThat(doc.layout()).isEqualTo(Layout.ROLE_LINES);
        assertThat(roles(doc, "三/(一)/1")).containsExactlyInAnyOrder("LEAD 区环境与国土资源局", "JOINT 区农村发展局");
        // two paragraphs with a role line each: one task, the union
        assertThat(roles(doc, "三/(二)/3")).containsExactlyInAnyOrder("LEAD 区农村发展局", "JOINT 区环境与国土资源局");
        // 责任单位 used as a noun inside a sentence assigns nothing
        assertThat(roles(doc, "三/(六)/2")).containsExactlyInAnyOrder("LEAD 区环境与国土资源局", "JOINT 区农村发展局",
                "JOINT 区交通与建设局", "LEAD 区农村发展局");
    }

    @Test
    void pingtan_table_note_makes_the_first_unit_lead_and_the_rest_support() {
        ParsedDocument doc = doc("11-pingtan-2016-shengtai-yaodian-fengongbiao");
        assertThat(doc.layout()).isEqualTo(Layout.TABLE);
        assertThat(roles(doc, "P2:4")).containsExactlyInAnyOrder("LEAD 区规划局", "SUPPORT 区经发局", "SUPPORT 区环土局");
        assertThat(doc.task("P2:4").orElseThrow().deadlines()).extracting(ParsedDeadline::month).containsExactly(12);
        // the sources listed after a row (1、… 2、…) are not tasks
        assertThat(doc.tasks()).extracting(ParsedTask::path).doesNotContain("P2:1/1", "P2:2/1");
        assertThat(roles(doc, "P2:16")).containsExactlyInAnyOrder("SUPPORT 区环土局", "SUPPORT 区农发局");
        assertThat(doc.clauseCount()).isEqualTo(46);
    }

    @Test
    void pingtan_credit_plan_units_without_a_lead_are_co_responsible() {
        ParsedDocument doc = doc("12-pingtan-2015-xinyong-tixi-fengong");
        assertThat(roles(doc, "一/(二)/4")).contains("LEAD 区公安局", "LEAD 区市场监督管理局", "LEAD 区国税局");
        assertThat(doc.departments()).filteredOn(ParsedDepartment::organisation).extracting(ParsedDepartment::name)
                .contains("人民银行平潭支行", "平潭海关");
        assertThat(doc.task("二/(四)/6").orElseThrow().participants()).isEmpty();
    }

    static Stream<String> names() {
        return documents().stream();
    }
}
