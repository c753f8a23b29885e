package org.dutygraph.parser;

import org.dutygraph.model.Comparison;

import org.dutygraph.model.Level;

import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The genre's other common forms, in small documents written for these tests. */
@DisplayName("Parsing the genre's other forms")
class GenreVariantsTest {

    static String resource(String name) {
        return TestDocuments.text(name);
    }

    static Set<String> roles(ParsedDocument doc, String owner, int ordinal) {
        return doc.clause(owner, ordinal).participants().stream()
                .map(p -> p.role() + " " + p.department()).collect(Collectors.toSet());
    }

    @Nested
    @DisplayName("an HTML page with full-width punctuation, (一) sections, (1) clauses and labelled roles")
    class HtmlPage {
        final ParsedDocument doc = DocumentParser.parse(resource("xinbei-2022.html"));

        @Test
        void reads_metadata_from_the_markup_and_the_notice() {
            DocumentMetadata m = doc.metadata();
            assertThat(m.title()).isEqualTo("2022年新北区生态环境保护目标责任书");
            assertThat(m.number()).isEqualTo("新政办发〔2022〕15号");
            assertThat(m.publisher()).isEqualTo("区政府办");
            assertThat(m.issuer()).isEqualTo("常州市新北区人民政府办公室");
            assertThat(m.region()).isEqualTo("常州市新北区");
            assertThat(m.createdDate()).isEqualTo(LocalDate.of(2022, 3, 1));
            assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2022, 3, 5));
            assertThat(m.year()).isEqualTo(2022);
        }

        @Test
        void finds_sections_and_clauses_but_not_scripts_navigation_or_footer() {
            assertThat(doc.sections()).extracting(ParsedSection::department)
                    .containsExactly("区生态环境局", "区住房和城乡建设局", "区城市管理局");
            assertThat(doc.sections()).extracting(s -> s.tasks().size()).containsExactly(3, 3, 2);
            assertThat(doc.sections().getFirst().label()).isEqualTo("一");
            assertThat(doc.clause("区生态环境局", 2).label()).isEqualTo("2");
            assertThat(doc.clause("区城市管理局", 2).text()).isEqualTo("负责城市道路保洁，道路机扫率达到90%以上。");
        }

        @Test
        void labelled_lead_and_support_units() {
            assertThat(roles(doc, "区生态环境局", 1)).containsExactlyInAnyOrder(
                    "LEAD 区生态环境局", "SUPPORT 区住房和城乡建设局", "SUPPORT 区城市管理局");
        }

        @Test
        void trailing_parenthetical_naming_another_lead_makes_the_owner_support() {
            assertThat(roles(doc, "区住房和城乡建设局", 1)).containsExactlyInAnyOrder(
                    "LEAD 区生态环境局", "SUPPORT 区城市管理局", "SUPPORT 区住房和城乡建设局");
        }

        @Test
        void full_names_and_formal_stems_resolve_to_the_sections() {
            assertThat(roles(doc, "区生态环境局", 2)).containsExactlyInAnyOrder(
                    "LEAD 区生态环境局", "JOINT 区住房和城乡建设局", "JOINT 区城市管理局");
            assertThat(roles(doc, "区城市管理局", 1)).containsExactlyInAnyOrder("LEAD 区城市管理局", "JOINT 区住房和城乡建设局");
        }

        @Test
        void xiezhu_and_canyu_are_support() {
            assertThat(roles(doc, "区住房和城乡建设局", 2)).containsExactlyInAnyOrder("LEAD 区生态环境局", "SUPPORT 区住房和城乡建设局");
            assertThat(roles(doc, "区住房和城乡建设局", 3)).containsExactly("SUPPORT 区住房和城乡建设局");
        }

        @Test
        void a_province_department_is_external_at_province_level() {
            assertThat(roles(doc, "区生态环境局", 3)).containsExactlyInAnyOrder("LEAD 省生态环境厅", "SUPPORT 区生态环境局");
            assertThat(doc.departments()).filteredOn(ParsedDepartment::external).extracting(ParsedDepartment::name, ParsedDepartment::level)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("省生态环境厅", Level.PROVINCE));
        }

        @Test
        void targets_and_deadlines_in_full_width_text() {
            ParsedTask second = doc.clause("区生态环境局", 2);
            assertThat(second.targets()).singleElement().satisfies(t -> {
                assertThat(t.kind()).isEqualTo(ParsedTarget.Kind.FREQUENCY);
                assertThat(t.subject()).isEqualTo("联合检查");
                assertThat(t.value()).isEqualByComparingTo("2");
                assertThat(t.unit()).isEqualTo("次/月");
                assertThat(t.comparator()).isEqualTo(Comparison.GE);
            });
            assertThat(second.deadlines()).extracting(ParsedDeadline::text).containsExactly("6月底前");
            assertThat(doc.clause("区住房和城乡建设局", 1).targets()).singleElement().satisfies(t -> {
                assertThat(t.subject()).isEqualTo("PM2.5浓度");
                assertThat(t.change()).isEqualTo(ParsedTarget.Change.DECREASE);
            });
            assertThat(doc.clause("区住房和城乡建设局", 2).deadlines()).singleElement()
                    .satisfies(d -> assertThat(d.kind()).isEqualTo(ParsedDeadline.Kind.YEAR_END));
            assertThat(doc.clause("区城市管理局", 1).targets()).singleElement()
                    .satisfies(t -> assertThat(t.subject() + t.comparator().symbol() + t.value() + t.unit()).isEqualTo("查处违法行为≥100起"));
        }

        @Test
        void warns_that_line_numbers_are_those_of_the_text_inside_the_markup() {
            assertThat(doc.warnings()).anyMatch(w -> w.contains("HTML"));
        }
    }

    @Nested
    @DisplayName("plain text with 1、 numbering, wrapped clauses and no metadata block")
    class PlainText {
        final ParsedDocument doc = DocumentParser.parse(resource("tianning-2023.txt"));

        @Test
        void region_and_year_come_from_the_title() {
            assertThat(doc.metadata().title()).isEqualTo("2023年天宁区水污染防治责任分工");
            assertThat(doc.metadata().region()).isEqualTo("天宁区");
            assertThat(doc.metadata().year()).isEqualTo(2023);
            assertThat(doc.metadata().number()).isNull();
        }

        @Test
        void heading_suffixes_are_not_part_of_the_department_name() {
            assertThat(doc.sections()).extracting(ParsedSection::department).containsExactly("区水利局", "区生态环境局");
        }

        @Test
        void a_clause_wrapped_over_two_lines_is_one_clause() {
            ParsedTask first = doc.clause("区水利局", 1);
            assertThat(first.text()).isEqualTo("牵头推进河道整治，完成10条河道清淤，9月底前完成。");
            assertThat(first.targets()).extracting(ParsedTarget::subject).containsExactly("河道清淤");
            assertThat(first.deadlines()).extracting(ParsedDeadline::month).containsExactly(9);
            assertThat(doc.sections().getFirst().tasks()).hasSize(2);
        }

        @Test
        void roles_across_sections() {
            assertThat(roles(doc, "区水利局", 2)).containsExactlyInAnyOrder("LEAD 区生态环境局", "SUPPORT 区水利局");
            assertThat(roles(doc, "区生态环境局", 1)).containsExactlyInAnyOrder("LEAD 区生态环境局", "JOINT 区水利局");
            assertThat(roles(doc, "区生态环境局", 2)).containsExactly("LEAD 区生态环境局");
            assertThat(doc.clause("区生态环境局", 2).unresolvedMentions()).containsExactly("相关部门");
        }

        @Test
        void frequency_with_the_verb_as_its_subject_and_a_quarter_deadline() {
            assertThat(doc.clause("区生态环境局", 1).targets()).singleElement()
                    .satisfies(t -> assertThat(t.subject() + " " + t.unit()).isEqualTo("监测 次/周"));
            assertThat(doc.clause("区生态环境局", 2).targets()).singleElement()
                    .satisfies(t -> assertThat(t.scope() + " " + t.value() + t.unit()).isEqualTo("全区 100%"));
            assertThat(doc.clause("区生态环境局", 3).deadlines()).singleElement()
                    .satisfies(d -> assertThat(d.text() + " " + d.month()).isEqualTo("二季度前 6"));
        }

        @Test
        void too_few_sections_for_boilerplate() {
            assertThat(doc.sections().stream().flatMap(s -> s.tasks().stream())).noneMatch(ParsedTask::boilerplate);
        }
    }

    @Test
    void a_city_documents_region_is_the_city_alone() {
        DocumentMetadata m = DocumentParser.parse(resource("changzhou-2021.txt")).metadata();
        assertThat(m.city()).isEqualTo("常州市");
        assertThat(m.district()).isNull();
        assertThat(m.region()).isEqualTo("常州市");
        assertThat(m.issuer()).isEqualTo("常州市人民政府");
    }
}
