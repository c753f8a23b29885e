package org.dutygraph.parser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Text that is not a responsibility document fails whole, with a message that says what and where. */
@DisplayName("Parse errors")
class ParseErrorsTest {

    @Test
    void empty_text() {
        assertThatThrownBy(() -> DocumentParser.parse("  \n\n")).isInstanceOf(ParseException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void text_that_allocates_no_work_to_departments() {
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> DocumentParser.parse("关于做好秋冬季大气污染防治工作的通知\n各部门要高度重视，认真落实。\n1. 加强领导。"));
        assertThat(e.getMessage()).contains("no tasks found").contains("一、区发改局").contains("牵头单位");
        assertThat(e.line()).isZero();
    }

    /**
     * Inputs built to make the reader work hard (each label a candidate the outline must weigh, brackets and role
     * words that open statements never closed): each is refused with the same message as any other text without tasks.
     * How long that takes is measured by {@code ParserBenchmark} (repeated-headings), not here.
     */
    @Test
    void text_made_of_labels_brackets_or_role_words_is_refused_like_any_text_without_tasks() {
        for (String text : new String[]{"一、\n".repeat(5_000), "（一）".repeat(5_000), "（".repeat(20_000),
                "（牵头单位：".repeat(3_000), "牵头会同配合".repeat(3_000), "（牵头单位：" + "局".repeat(20_000) + "）",
                "第一条 市财政局负责。\n".repeat(2_000)}) {
            ParseException e = catchThrowableOfType(ParseException.class, () -> DocumentParser.parse(text));
            assertThat(e).as(text.substring(0, 12)).isNotNull();
            assertThat(e.getMessage()).startsWith("no tasks found");
        }
    }

    @Test
    void a_section_without_clauses_is_located_by_line_and_section() {
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> DocumentParser.parse("责任书\n一、区发改局\n二、区教育局\n1. 会同生态环境部门开展创建。"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.section()).isEqualTo("区发改局");
        assertThat(e.getMessage()).isEqualTo("line 2, section 区发改局: section has no clauses");
    }

    @Test
    void a_department_with_two_sections() {
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> DocumentParser.parse("一、区发改局\n1. 甲。\n二、区教育局\n1. 乙。\n三、区发改局\n1. 丙。"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("second section").contains("line 1");
    }

    @Test
    void a_number_with_no_clause_text() {
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> DocumentParser.parse("一、区发改局\n1. 甲。\n2.\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("clause 2 has no text");
    }

    @Test
    void numbering_gaps_and_unread_text_are_warnings_not_errors() {
        ParsedDocument doc = DocumentParser.parse("一、区发改局\n说明文字在编号之前。\n1. 甲。\n3. 乙。\n二、区教育局\n1. 丙。");
        assertThat(doc.clauseCount()).isEqualTo(3);
        assertThat(doc.warnings()).anyMatch(w -> w.startsWith("line 4, section 区发改局: clause numbered 3 where 2 was expected"));
        assertThat(doc.warnings()).anyMatch(w -> w.startsWith("line 2, section 区发改局: text before the first numbered clause"));
    }

    @Test
    void a_section_of_unnumbered_paragraphs_reads_each_as_a_clause() {
        ParsedDocument doc = DocumentParser.parse("一、区发改局\n会同工信部门推进产业结构调整。\n配合生态环境部门开展排查。\n二、区工信局\n1. 推进整治。");
        assertThat(doc.section("区发改局").orElseThrow().tasks()).extracting(ParsedTask::text)
                .containsExactly("会同工信部门推进产业结构调整。", "配合生态环境部门开展排查。");
        assertThat(doc.warnings()).anyMatch(w -> w.contains("no numbered clauses"));
    }

    @Test
    void invisible_control_characters_are_removed_from_names_and_text_with_a_located_warning() {
        ParsedDocument doc = DocumentParser.parse("2024年某区目标责任书\n一、区发改\u0000局\n1. 牵头制定\u200B方案。\n二、区财政局\n"
                + "1. 配合区发改局\u0007落实资金。\n");

        assertThat(doc.departments()).extracting(d -> d.name()).contains("区发改局", "区财政局")
                .noneMatch(n -> n.chars().anyMatch(c -> c < 0x20 || c == 0x200B));
        assertThat(doc.clause("区发改局", 1).text()).isEqualTo("牵头制定方案。");
        assertThat(doc.clause("区财政局", 1).participants()).extracting(p -> p.role() + " " + p.department())
                .contains("LEAD 区发改局", "SUPPORT 区财政局");
        assertThat(doc.warnings()).contains("line 2: 3 invisible control character(s) removed (NUL, zero-width space …), "
                + "the first on this line");
    }

    @Test
    void random_characters_after_the_last_clause_are_a_warning_with_their_line() throws java.io.IOException {
        java.util.Random random = new java.util.Random(11);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            garbage.append("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=".charAt(random.nextInt(65)));
        }
        ParsedDocument doc = DocumentParser.parse("2024年某区目标责任书\n一、区发改局\n1. 牵头制定方案。\n" + garbage);

        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).startsWith("line 4: 1 line(s), 20000 characters, unlike "
                + "a responsibility document's text"));
        assertThat(DocumentParser.parse(SeedDocumentTest.seedText()).warnings()).noneMatch(w -> w.contains("unlike"));
    }
}
