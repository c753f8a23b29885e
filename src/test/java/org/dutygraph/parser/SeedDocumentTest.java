package org.dutygraph.parser;

import org.dutygraph.model.Level;

import org.dutygraph.model.Role;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser on the default dataset: 《2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书》, as scraped. */
@DisplayName("Parsing the seed document (钟政发〔2021〕24号)")
class SeedDocumentTest {

    static ParsedDocument seed;

    @BeforeAll
    static void parseSeed() throws IOException {
        seed = DocumentParser.parse(seedText());
    }

    static String seedText() throws IOException {
        try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seed/zhonglou-2021.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "ROLE department" for every participant of a clause. */
    static Set<String> roles(String owner, int ordinal) {
        return seed.clause(owner, ordinal).participants().stream()
                .map(p -> p.role() + " " + p.department()).collect(Collectors.toSet());
    }

    @Nested
    @DisplayName("metadata")
    class Metadata {
        @Test
        void reads_title_number_issuer_and_dates_from_the_page_and_the_notice() {
            DocumentMetadata m = seed.metadata();
            assertThat(m.title()).isEqualTo("2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书");
            assertThat(m.notice()).isEqualTo("区政府关于印发《2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书》的通知");
            assertThat(m.number()).isEqualTo("钟政发〔2021〕24号");
            assertThat(m.issuer()).isEqualTo("常州市钟楼区人民政府");
            assertThat(m.publisher()).isEqualTo("政府办");
            assertThat(m.createdDate()).isEqualTo(LocalDate.of(2021, 5, 10));
            assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2021, 5, 14));
            assertThat(m.expiresDate()).isEqualTo(LocalDate.of(2025, 2, 13));
        }

        @Test
        void derives_region_and_year() {
            DocumentMetadata m = seed.metadata();
            assertThat(m.region()).isEqualTo("常州市钟楼区");
            assertThat(m.city()).isEqualTo("常州市");
            assertThat(m.district()).isEqualTo("钟楼区");
            assertThat(m.year()).isEqualTo(2021);
        }

        @Test
        void has_no_warnings() {
            assertThat(seed.warnings()).isEmpty();
        }
    }

    @Nested
    @DisplayName("structure")
    class Structure {
        @Test
        void has_the_sixteen_department_sections_in_order_with_their_clause_counts() {
            assertThat(seed.sections()).extracting(ParsedSection::department).containsExactly(
                    "区发改局", "区教育局", "区工信局", "区财政局", "区住建局", "区城管局", "区农业农村局(水利局)", "区商务局",
                    "区卫健局", "区应急管理局", "区市场监管局", "钟楼公安分局", "钟楼交警大队", "钟楼生态环境局",
                    "自然资源和规划钟楼分局", "区机关事务管理中心");
            assertThat(seed.sections()).extracting(s -> s.tasks().size())
                    .containsExactly(7, 6, 9, 8, 10, 7, 14, 4, 4, 5, 6, 5, 6, 25, 5, 2);
            assertThat(seed.clauseCount()).isEqualTo(123);
            assertThat(seed.sections()).extracting(ParsedSection::label).startsWith("一", "二").endsWith("十六");
        }

        @Test
        void keeps_clause_text_exactly_as_written_without_its_number() {
            ParsedTask first = seed.clause("区工信局", 3);
            assertThat(first.label()).isEqualTo("3");
            assertThat(first.text()).isEqualTo("会同生态环境部门继续开展铸造行业产能清理和综合整治,4月底前完成现状排查并制订“一企一策”整治方案,10月底前完成整治。");
            assertThat(first.line()).isGreaterThan(0);
        }

        @Test
        void does_not_take_numbers_inside_sentences_for_clauses() {
            // 9月底前, GB/T38597-2020 and 260mg/L stay inside their clauses.
            assertThat(seed.clause("区工信局", 6).text()).contains("9月底前配合生态环境部门");
            assertThat(seed.clause("区工信局", 2).text()).contains("(GB/T38597-2020)");
            assertThat(seed.clause("区住建局", 5).text()).contains("260mg/L");
        }

        @Test
        void ignores_navigation_summary_and_footer() {
            String all = seed.sections().stream().flatMap(s -> s.tasks().stream()).map(ParsedTask::text)
                    .collect(Collectors.joining("\n"));
            assertThat(all).doesNotContain("打印本页", "主办单位", "网站首页", "内容概述", "苏ICP备");
            assertThat(seed.clause("区机关事务管理中心", 2).text()).endsWith("切实履行规定的其它生态环境保护工作责任。");
        }
    }

    @Nested
    @DisplayName("departments and aliases")
    class Departments {
        @Test
        void lists_own_departments_then_external_ones_with_their_level() {
            assertThat(seed.departments()).filteredOn(ParsedDepartment::external)
                    .extracting(ParsedDepartment::name, ParsedDepartment::level)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("市商务局", Level.CITY),
                            org.assertj.core.groups.Tuple.tuple("市生态环境局", Level.CITY),
                            org.assertj.core.groups.Tuple.tuple("省生态环境部门", Level.PROVINCE));
            assertThat(seed.departments()).filteredOn(d -> !d.external()).hasSize(16);
        }

        @Test
        void resolves_the_aliases_the_text_uses() {
            assertThat(aliases("区工信局")).contains("工信部门", "工信局");
            assertThat(aliases("钟楼生态环境局")).contains("生态环境部门", "生态环境局");
            assertThat(aliases("钟楼交警大队")).contains("交警部门", "交管部门");
            assertThat(aliases("区农业农村局(水利局)")).contains("农业农村部门");
            assertThat(aliases("自然资源和规划钟楼分局")).contains("自然资源和规划部门");
            assertThat(aliases("区机关事务管理中心")).contains("机关事务管理部门");
            assertThat(aliases("钟楼公安分局")).contains("公安部门");
        }

        private List<String> aliases(String name) {
            return seed.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().aliases();
        }

        @Test
        void resolves_enumerations_that_share_one_suffix() {
            assertThat(roles("区商务局", 1)).containsExactlyInAnyOrder(
                    "LEAD 区商务局", "JOINT 区市场监管局", "JOINT 钟楼公安分局");
            assertThat(roles("钟楼交警大队", 1)).containsExactlyInAnyOrder("LEAD 钟楼交警大队", "JOINT 钟楼生态环境局");
            assertThat(seed.clause("区发改局", 4).mentions())
                    .containsExactly("区工信局", "钟楼生态环境局", "区应急管理局");
            assertThat(seed.clause("区住建局", 1).mentions()).containsExactly("区城管局", "钟楼生态环境局");
        }

        @Test
        void keeps_generic_mentions_unresolved() {
            assertThat(seed.clause("区教育局", 4).unresolvedMentions()).containsExactly("相关部门");
            assertThat(roles("区教育局", 4)).containsExactly("LEAD 区教育局");
            assertThat(seed.clause("区财政局", 5).unresolvedMentions()).containsExactly("区主管部门");
            assertThat(seed.clause("钟楼生态环境局", 4).unresolvedMentions()).containsExactly("主管部门");
        }

        @Test
        void mentions_without_a_role_are_kept_apart() {
            assertThat(seed.clause("区工信局", 6).mentions()).containsExactly("市生态环境局");
            assertThat(seed.clause("钟楼生态环境局", 14).mentions()).containsExactly("省生态环境部门");
        }
    }

    @Nested
    @DisplayName("roles")
    class Roles {
        @Test
        void peihe_makes_the_named_department_lead_and_the_owner_support() {
            assertThat(roles("区工信局", 1)).containsExactlyInAnyOrder("LEAD 区市场监管局", "SUPPORT 区工信局");
            assertThat(roles("区应急管理局", 4)).containsExactlyInAnyOrder("LEAD 钟楼生态环境局", "SUPPORT 区应急管理局");
            assertThat(roles("区财政局", 3)).containsExactlyInAnyOrder(
                    "LEAD 钟楼生态环境局", "LEAD 区发改局", "SUPPORT 区财政局");
            assertThat(roles("区城管局", 3)).containsExactlyInAnyOrder(
                    "LEAD 区城管局", "LEAD 区农业农村局(水利局)", "SUPPORT 区城管局");
        }

        @Test
        void peihe_an_external_department_makes_it_the_external_lead() {
            assertThat(roles("区商务局", 2)).containsExactlyInAnyOrder("LEAD 市商务局", "SUPPORT 区商务局");
        }

        @Test
        void huitong_makes_the_named_departments_joint_and_the_owner_lead() {
            assertThat(roles("区工信局", 2)).containsExactlyInAnyOrder("LEAD 区工信局", "JOINT 区市场监管局");
            assertThat(roles("区市场监管局", 1)).containsExactlyInAnyOrder("LEAD 区市场监管局", "JOINT 区工信局");
            assertThat(roles("区教育局", 5)).containsExactlyInAnyOrder("LEAD 区教育局",
                    "JOINT 区住建局", "JOINT 区卫健局", "JOINT 区机关事务管理中心");
            assertThat(roles("钟楼生态环境局", 5)).containsExactlyInAnyOrder("LEAD 钟楼生态环境局", "JOINT 钟楼交警大队");
            assertThat(roles("钟楼生态环境局", 19)).containsExactlyInAnyOrder(
                    "LEAD 钟楼生态环境局", "JOINT 自然资源和规划钟楼分局", "SUPPORT 钟楼生态环境局");
        }

        @Test
        void a_clause_can_hold_several_role_phrases_each_with_its_own_sentence() {
            ParsedTask clause = seed.clause("区工信局", 6);
            assertThat(roles("区工信局", 6)).containsExactlyInAnyOrder(
                    "LEAD 区工信局", "JOINT 钟楼生态环境局", "LEAD 钟楼生态环境局", "SUPPORT 区工信局");
            assertThat(evidence(clause, "钟楼生态环境局", Role.JOINT)).isEqualTo("4月底前,会同生态环境部门制定实施重点企业错峰生产计划;");
            assertThat(evidence(clause, "钟楼生态环境局", Role.LEAD))
                    .startsWith("9月底前配合生态环境部门完成绩效分级").endsWith("报市生态环境局备案。");
            assertThat(evidence(clause, "区工信局", Role.SUPPORT)).startsWith("9月底前配合生态环境部门");
        }

        @Test
        void peihe_with_no_department_adds_no_other_department() {
            assertThat(roles("区住建局", 8)).containsExactly("SUPPORT 区住建局");
            assertThat(roles("区农业农村局(水利局)", 4)).containsExactly("SUPPORT 区农业农村局(水利局)");
            assertThat(roles("区发改局", 5)).containsExactlyInAnyOrder(
                    "SUPPORT 区发改局", "LEAD 区发改局", "JOINT 钟楼生态环境局");
        }

        @Test
        void qiantou_makes_the_owner_lead() {
            assertThat(roles("区应急管理局", 2)).containsExactly("LEAD 区应急管理局");
            assertThat(evidence(seed.clause("区住建局", 1), "区住建局", Role.LEAD)).contains("牵头建立工地名单台账");
        }

        @Test
        void xietong_without_a_partner_is_a_manner_of_working_not_a_role() {
            assertThat(roles("区城管局", 2)).containsExactly("LEAD 区城管局");
            assertThat(roles("钟楼交警大队", 3)).containsExactly("LEAD 钟楼交警大队");
        }

        @Test
        void a_topic_heading_followed_by_support_leaves_the_owner_only_supporting() {
            assertThat(roles("自然资源和规划钟楼分局", 2)).containsExactlyInAnyOrder(
                    "LEAD 钟楼生态环境局", "SUPPORT 自然资源和规划钟楼分局");
        }

        @Test
        void a_clause_with_no_role_word_is_the_owners_own_work() {
            assertThat(roles("区卫健局", 1)).containsExactly("LEAD 区卫健局");
            assertThat(evidence(seed.clause("区卫健局", 1), "区卫健局", Role.LEAD))
                    .isEqualTo("加强对区管医疗卫生机构医疗废物管理情况的监督检查,督促各医疗机构完善内部管理机制,加强培训,坚决查处违规行为。");
        }

        @Test
        void every_clause_has_its_owner_in_some_role() {
            for (ParsedSection section : seed.sections()) {
                for (ParsedTask clause : section.tasks()) {
                    assertThat(clause.participants()).as(section.department() + " #" + clause.ordinal())
                            .anyMatch(p -> p.department().equals(section.department()));
                }
            }
        }

        @Test
        void counts_the_role_triples_of_the_whole_document() {
            List<ParsedParticipation> all = seed.sections().stream().flatMap(s -> s.tasks().stream())
                    .flatMap(c -> c.participants().stream()).toList();
            // Checked by hand against the text: see the closing note of issue 2.
            assertThat(all.stream().filter(p -> p.role() == Role.JOINT)).hasSize(JOINT_TRIPLES);
            assertThat(all.stream().filter(p -> p.role() == Role.SUPPORT)).hasSize(SUPPORT_TRIPLES);
            assertThat(all.stream().filter(p -> p.role() == Role.LEAD)).hasSize(LEAD_TRIPLES);
        }
    }

    static final int JOINT_TRIPLES = 47;
    static final int SUPPORT_TRIPLES = 17;
    static final int LEAD_TRIPLES = 121;

    static String evidence(ParsedTask clause, String department, Role role) {
        return clause.participants().stream().filter(p -> p.department().equals(department) && p.role() == role)
                .findFirst().orElseThrow(() -> new AssertionError(department + " has no " + role)).evidence();
    }

    @Nested
    @DisplayName("targets and deadlines")
    class Targets {
        @Test
        void counts_with_units_and_their_subjects() {
            assertThat(targets("区工信局", 2)).contains("COUNT 低挥发性有机物等原辅料源头替代项目 =30个", "COUNT 源头替代示范型企业 =4家");
            assertThat(targets("区应急管理局", 4)).contains("COUNT 挥发性有机物储罐 =24个", "COUNT 无组织排放、储罐治理项目 ≥12个");
            assertThat(targets("区住建局", 1)).contains("COUNT 施工工地扬尘治理项目 ≥50个");
            assertThat(targets("区住建局", 4)).containsExactly("MEASURE 绿色建筑面积 ≥1500000平方米");
            assertThat(targets("区住建局", 6)).containsExactly("MEASURE 扩绿 =150亩", "MEASURE 联网 =10公里");
        }

        @Test
        void keeps_the_scope_word_that_distinguishes_shared_targets() {
            ParsedTarget district = seed.clause("区应急管理局", 4).targets().getFirst();
            ParsedTarget city = seed.clause("钟楼生态环境局", 1).targets().getFirst();
            assertThat(district.scope()).isEqualTo("全区");
            assertThat(city.scope()).isEqualTo("全市");
            assertThat(district.value()).isEqualTo(city.value()).isEqualTo(new BigDecimal("24"));
        }

        @Test
        void percentages_with_comparator_and_direction() {
            assertThat(targets("区城管局", 5)).containsExactly("PERCENT 年度噪声投诉量 ≥20% DECREASE");
            assertThat(targets("区农业农村局(水利局)", 1)).containsExactly(
                    "PERCENT 化肥使用量 =0.6% DECREASE", "PERCENT 农用农药使用量 =0.5% DECREASE",
                    "PERCENT 农药包装废弃物回收良好以上等级率 =70%");
            assertThat(targets("区农业农村局(水利局)", 3)).containsExactly(
                    "PERCENT 秸秆综合利用率 ≥95%", "PERCENT 畜禽粪污综合利用率 ≥95%");
        }

        @Test
        void frequencies() {
            assertThat(targets("区工信局", 1)).contains("FREQUENCY 联合执法检查 ≥1次/季度");
            assertThat(targets("区住建局", 2)).contains("FREQUENCY 工程机械监督抽测 ≥1次/月", "COUNT 抽测数量 ≥10台·次");
            assertThat(targets("钟楼交警大队", 1)).contains("FREQUENCY 柴油车排放路检路查 ≥1次/周", "FREQUENCY 机动车入户监督抽测 ≥1次/月");
            assertThat(targets("区住建局", 1)).contains("FREQUENCY 更新 =1次/季度");
        }

        @Test
        void size_classes_are_not_targets() {
            assertThat(targets("钟楼生态环境局", 14)).isEmpty(); // 500吨以上污水集中处理设施
            assertThat(targets("钟楼生态环境局", 4)).noneMatch(t -> t.contains("平方米")); // 面积100平米以上餐饮店
            assertThat(targets("区住建局", 5)).noneMatch(t -> t.contains("260")); // 260mg/L is a threshold
        }

        @Test
        void deadlines() {
            assertThat(deadlines("区工信局", 3)).containsExactly("4月底前", "10月底前");
            assertThat(deadlines("区工信局", 6)).containsExactly("4月底前", "9月底前");
            assertThat(deadlines("钟楼生态环境局", 1)).containsExactly("夏季前");
            assertThat(deadlines("区农业农村局(水利局)", 3)).containsExactly("汛前");
            assertThat(deadlines("钟楼生态环境局", 23)).containsExactly("一季度");
            assertThat(seed.clause("钟楼生态环境局", 23).deadlines().getFirst().month()).isEqualTo(3);
            assertThat(seed.clause("区工信局", 3).deadlines()).extracting(ParsedDeadline::month).containsExactly(4, 10);
            assertThat(deadlines("区教育局", 1)).isEmpty();
        }

        private List<String> targets(String owner, int ordinal) {
            return seed.clause(owner, ordinal).targets().stream()
                    .map(t -> t.kind() + " " + t.subject() + " " + t.comparator().symbol() + t.value().toPlainString() + t.unit()
                            + (t.change() == null ? "" : " " + t.change()))
                    .toList();
        }

        private List<String> deadlines(String owner, int ordinal) {
            return seed.clause(owner, ordinal).deadlines().stream().map(ParsedDeadline::text).toList();
        }
    }

    @Nested
    @DisplayName("boilerplate")
    class Boilerplates {
        @Test
        void the_responsibility_rule_clause_is_boilerplate_in_all_sixteen_sections() {
            for (ParsedSection section : seed.sections()) {
                ParsedTask last = section.tasks().getLast();
                assertThat(last.text()).as(section.department()).startsWith("对照《钟楼区生态环境保护工作责任规定(试行)");
                assertThat(last.boilerplate()).as(section.department()).isTrue();
            }
        }

        @Test
        void the_inspection_rectification_clause_is_boilerplate_in_its_twelve_sections() {
            List<String> owners = seed.sections().stream()
                    .filter(s -> s.tasks().stream().anyMatch(c -> c.boilerplate() && c.text().contains("督察")))
                    .map(ParsedSection::department).toList();
            assertThat(owners).hasSize(12).doesNotContain("区教育局", "区商务局", "区卫健局", "区机关事务管理中心");
        }

        @Test
        void work_shared_by_a_few_departments_is_not_boilerplate() {
            long flagged = seed.sections().stream().flatMap(s -> s.tasks().stream()).filter(ParsedTask::boilerplate).count();
            assertThat(flagged).isEqualTo(28);
            assertThat(seed.clause("区住建局", 3).boilerplate()).isFalse(); // 危污乱散低, in 6 sections' clauses
            assertThat(seed.clause("区城管局", 5).boilerplate()).isFalse(); // 噪声 with 相关部门
            assertThat(seed.clause("区工信局", 1).boilerplate()).isFalse();
        }
    }
}
