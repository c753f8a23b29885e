package org.dutygraph.parser;

import org.dutygraph.model.Level;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The layouts of the task-division family, in small documents written for these tests (documents/family). */
@DisplayName("Reading the task-division family")
class FamilyLayoutsTest {

    static ParsedDocument parse(String name) {
        return DocumentParser.parse(TestDocuments.text("family/" + name));
    }

    static Set<String> roles(ParsedDocument doc, String path) {
        return doc.task(path).orElseThrow(() -> new AssertionError("no task " + path)).participants().stream()
                .map(p -> p.role() + " " + p.department()).collect(Collectors.toSet());
    }

    @Nested
    @DisplayName("role lines under each item (牵头单位：… / 配合单位：… / 完成时限：…)")
    class RoleLines {
        final ParsedDocument doc = parse("role-lines-2023.txt");

        @Test
        void lead_and_support_lines_give_lead_and_support() {
            assertThat(doc.layout()).isEqualTo(Layout.ROLE_LINES);
            assertThat(roles(doc, "一/1")).containsExactlyInAnyOrder("LEAD 区城管局", "SUPPORT 区住建局", "SUPPORT 区财政局");
            assertThat(doc.task("一/1").orElseThrow().unresolvedMentions()).containsExactly("各镇人民政府", "街道办事处");
            assertThat(doc.task("一/1").orElseThrow().deadlines()).extracting(ParsedDeadline::month).containsExactly(6);
        }

        @Test
        void a_responsibility_line_under_a_lead_line_works_jointly_under_it() {
            assertThat(roles(doc, "一/2")).containsExactlyInAnyOrder("LEAD 区城管局", "JOINT 区发改局", "JOINT 区自然资源和规划分局");
        }

        @Test
        void a_responsibility_line_alone_makes_every_unit_responsible() {
            assertThat(roles(doc, "二/3")).containsExactlyInAnyOrder("LEAD 区教育局", "LEAD 团区委");
            assertThat(doc.task("二/3").orElseThrow().owners()).containsExactly("区教育局", "团区委");
        }

        @Test
        void sections_are_topics_and_task_ids_are_label_paths() {
            assertThat(doc.sections()).extracting(ParsedSection::title).containsExactly("完善分类设施", "强化宣传引导");
            assertThat(doc.sections()).allMatch(s -> s.department() == null);
            assertThat(doc.tasks()).extracting(ParsedTask::path).containsExactly("一/1", "一/2", "二/3", "二/4");
        }
    }

    @Nested
    @DisplayName("parentheticals under a rule that the first listed unit leads")
    class PositionalRule {
        final ParsedDocument doc = parse("parenthetical-rule-2024.txt");

        @Test
        void the_first_listed_leads_and_the_others_support_as_declared() {
            assertThat(roles(doc, "一/(一)")).containsExactlyInAnyOrder("LEAD 市行政审批局", "SUPPORT 市市场监管局", "SUPPORT 市税务局");
            assertThat(doc.task("一/(一)").orElseThrow().deadlines()).extracting(ParsedDeadline::text).containsExactly("6月底");
        }

        @Test
        void a_named_lead_in_the_same_parenthetical_overrides_the_rule() {
            assertThat(roles(doc, "一/(二)")).containsExactlyInAnyOrder("LEAD 市住建局", "JOINT 市自然资源和规划局",
                    "JOINT 市行政审批局");
            assertThat(doc.task("一/(二)").orElseThrow().deadlines()).extracting(ParsedDeadline::kind)
                    .containsExactly(ParsedDeadline.Kind.YEAR_END);
        }

        @Test
        void a_collective_listed_first_leaves_the_task_without_a_lead() {
            assertThat(roles(doc, "二/(五)")).containsExactlyInAnyOrder("SUPPORT 市税务局", "SUPPORT 市财政局");
            assertThat(doc.task("二/(五)").orElseThrow().owners()).isEmpty();
            assertThat(doc.task("二/(五)").orElseThrow().unresolvedMentions()).containsExactly("各辖市区人民政府");
        }

        @Test
        void banks_and_a_power_company_are_organisations() {
            assertThat(doc.departments()).filteredOn(ParsedDepartment::organisation).extracting(ParsedDepartment::name)
                    .containsExactlyInAnyOrder("供电公司", "人民银行常州市分行", "常州金融监管分局");
        }
    }

    @Nested
    @DisplayName("a State Council office's division of tasks")
    class National {
        final ParsedDocument doc = parse("national-2022.txt");

        @Test
        void ministries_without_prefix_are_the_issuing_government_s_own() {
            assertThat(doc.metadata().issuer()).isEqualTo("国务院办公厅");
            assertThat(doc.metadata().title()).isEqualTo("国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见");
            assertThat(doc.departments()).allMatch(d -> d.level() == Level.OWN && !d.external());
            assertThat(roles(doc, "一/(二)")).containsExactlyInAnyOrder("LEAD 国家发展改革委", "JOINT 工业和信息化部",
                    "JOINT 住房城乡建设部", "JOINT 交通运输部", "JOINT 水利部");
        }

        @Test
        void collectives_are_generic_mentions_not_departments() {
            assertThat(doc.task("二/(五)").orElseThrow().participants()).isEmpty();
            assertThat(doc.task("一/(一)").orElseThrow().unresolvedMentions()).containsExactly("国务院相关部门", "各地区");
            assertThat(doc.departments()).extracting(ParsedDepartment::name).noneMatch(n -> n.contains("各") || n.contains("相关"));
        }
    }

    @Nested
    @DisplayName("the seed's layout with other numbering and full names")
    class SeedVariants {
        final ParsedDocument doc = parse("seed-variants-2022.txt");

        @Test
        void paren_numbered_sections_and_clauses() {
            assertThat(doc.layout()).isEqualTo(Layout.DEPARTMENT_SECTIONS);
            assertThat(doc.sections()).extracting(ParsedSection::department)
                    .containsExactly("区工业和信息化局", "区发展和改革委员会", "区住房和城乡建设局");
            assertThat(doc.section("区工业和信息化局").orElseThrow().tasks()).hasSize(3);
        }

        @Test
        void short_names_in_the_text_resolve_to_the_full_section_names() {
            assertThat(roles(doc, "(二)/2")).contains("JOINT 区工业和信息化局");
            assertThat(roles(doc, "(三)/1")).containsExactlyInAnyOrder("LEAD 区发展和改革委员会", "SUPPORT 区住房和城乡建设局");
        }

        @Test
        void a_clause_that_begins_with_a_deadline_is_its_own_clause() {
            assertThat(doc.section("区发展和改革委员会").orElseThrow().tasks()).hasSize(4);
            ParsedTask fourth = doc.clause("区发展和改革委员会", 4);
            assertThat(fourth.text()).startsWith("6月底前会同");
            assertThat(fourth.deadlines()).extracting(ParsedDeadline::month).containsExactly(6);
            assertThat(roles(doc, "(二)/4")).containsExactlyInAnyOrder("LEAD 区发展和改革委员会", "JOINT 区住房和城乡建设局");
        }
    }

    @Test
    @DisplayName("a page scraped onto one line: a labelled phrase ends where the next paragraph begins after a space")
    void labelled_phrases_end_at_the_paragraph_space_of_a_one_line_page() {
        ParsedDocument doc = DocumentParser.parse("某市重点任务分工方案\n一、重点任务\n"
                + "（一）做好登记工作。牵头单位：市财政局 责任单位：市商务局 "
                + "（二）推进审批改革。牵头单位：市政务服务局 配合单位：市司法局、 市商务局 "
                + "（三）加强监管，减少投诉。责任单位：市市场监管局牵头，市商务局等参与 鼓励企业自查，推广信用承诺、告知承诺等措施。\n");
        assertThat(roles(doc, "一/(一)")).containsExactlyInAnyOrder("LEAD 市财政局", "JOINT 市商务局");
        assertThat(roles(doc, "一/(二)")).containsExactlyInAnyOrder("LEAD 市政务服务局", "SUPPORT 市司法局", "SUPPORT 市商务局");
        assertThat(roles(doc, "一/(三)")).containsExactlyInAnyOrder("LEAD 市市场监管局", "JOINT 市商务局");
        assertThat(doc.task("一/(三)").orElseThrow().unresolvedMentions()).isEmpty();
    }

    @Nested
    @DisplayName("a table pasted as text (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限)")
    class Table {
        final ParsedDocument doc = parse("table-2023.txt");

        @Test
        void each_row_s_cells_give_lead_support_and_deadline() {
            assertThat(doc.layout()).isEqualTo(Layout.TABLE);
            assertThat(roles(doc, "1")).containsExactlyInAnyOrder("LEAD 区生态环境局", "SUPPORT 区水利局", "SUPPORT 区住建局");
            assertThat(doc.task("2").orElseThrow().deadlines()).extracting(ParsedDeadline::month).containsExactly(9);
            assertThat(roles(doc, "3")).containsExactly("LEAD 区水利局");
        }

        @Test
        void a_tabbed_header_s_cells_are_columns_whatever_the_task_column_is_called() {
            ParsedDocument doc = DocumentParser.parse("""
                    某市优化营商环境重点任务分工方案
                    序号\t任务\t牵头单位\t配合单位
                    1\t做好登记工作\t市发展改革委\t市财政局、市商务局
                    2\t推进审批改革\t市政务服务局\t市司法局
                    3\t加强监管\t市市场监管局\t
                    """);
            assertThat(doc.layout()).isEqualTo(Layout.TABLE);
            assertThat(roles(doc, "1")).containsExactlyInAnyOrder("LEAD 市发展改革委", "SUPPORT 市财政局", "SUPPORT 市商务局");
            assertThat(roles(doc, "2")).containsExactlyInAnyOrder("LEAD 市政务服务局", "SUPPORT 市司法局");
            assertThat(roles(doc, "3")).containsExactly("LEAD 市市场监管局");
        }

        @Test
        void a_tabbed_header_whose_first_cell_is_the_task_has_no_number_column() {
            ParsedDocument doc = DocumentParser.parse("""
                    某市重点工作任务分工表
                    工作事项\t责任单位\t完成时间
                    1.建立工作台账\t市统计局\t2024年6月底前
                    2.开展专项检查\t市审计局、市财政局\t2024年9月底前
                    """);
            assertThat(doc.layout()).isEqualTo(Layout.TABLE);
            assertThat(roles(doc, "2")).containsExactlyInAnyOrder("LEAD 市审计局", "LEAD 市财政局");
            assertThat(doc.task("1").orElseThrow().deadlines()).extracting(ParsedDeadline::month).containsExactly(6);
        }
    }
}
