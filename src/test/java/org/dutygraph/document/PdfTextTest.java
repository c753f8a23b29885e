package org.dutygraph.document;

import org.dutygraph.document.PdfPages.Glyph;
import org.dutygraph.document.PdfPages.Line;
import org.dutygraph.document.PdfPages.Page;
import org.dutygraph.document.PdfPages.Rule;
import org.dutygraph.document.PdfPages.Word;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page geometry PdfText rebuilds text from, given by hand: what it keeps, joins and drops. */
@DisplayName("Text rebuilt from positions on PDF pages")
class PdfTextTest {

    /** A line of words, each {@code [x, text]}, glyphs 10 wide, at baseline {@code y}. */
    static Line line(float y, Object... xAndText) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < xAndText.length; i += 2) {
            float x = ((Number) xAndText[i]).floatValue();
            String text = (String) xAndText[i + 1];
            List<Glyph> glyphs = new ArrayList<>();
            for (int k = 0; k < text.length(); k++) {
                glyphs.add(new Glyph(String.valueOf(text.charAt(k)), x + 10 * k, x + 10 * k + 10));
            }
            words.add(new Word(glyphs));
        }
        return new Line(y, 10, words);
    }

    static Page page(int number, List<Line> lines, List<Rule> horizontal, List<Rule> vertical) {
        return new Page(number, lines, horizontal, vertical);
    }

    @Test
    void page_numbers_are_dropped_and_other_lines_kept_as_they_are() {
        List<String> warnings = new ArrayList<>();
        String text = PdfText.assemble(List.of(
                page(1, List.of(line(50, 0, "某市重点任务分工方案"), line(70, 0, "一、提升效能"), line(800, 250, "—", 270, "1", 290, "—")),
                        List.of(), List.of()),
                page(2, List.of(line(50, 0, "（一）做好工作。（牵头单位：市财政局）"), line(800, 250, "第2页", 300, "共2页")),
                        List.of(), List.of())), warnings);

        assertThat(text).isEqualTo("某市重点任务分工方案\n一、提升效能\n（一）做好工作。（牵头单位：市财政局）\n");
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_ruled_table_s_cells_wrap_over_lines_that_interleave_its_columns() {
        // columns: 序号 0–40 | 重点任务 40–240 | 牵头单位 240–340 | 配合单位 340–460, rules at y 100, 120, 170
        List<Rule> horizontal = List.of(new Rule(100, 0, 460), new Rule(120, 0, 460), new Rule(170, 0, 460));
        List<Rule> vertical = List.of(new Rule(40, 100, 170), new Rule(240, 100, 170), new Rule(340, 100, 170));
        List<Line> lines = List.of(line(60, 0, "河道治理任务分工表"),
                line(114, 0, "序号", 50, "重点任务", 250, "牵头单位", 350, "配合单位"),
                line(134, 50, "开展入河排污口排查", 350, "区水利局、"),
                line(146, 10, "1", 50, "整治，建立名录", 250, "区生态环境局", 350, "区住建局"),
                line(158, 50, "并规范管理"),
                line(190, 0, "区政府办公室"));

        List<String> warnings = new ArrayList<>();
        String text = PdfText.assemble(List.of(page(1, lines, horizontal, vertical)), warnings);

        assertThat(text).isEqualTo("河道治理任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n"
                + "1\t开展入河排污口排查整治，建立名录并规范管理\t区生态环境局\t区水利局、区住建局\n区政府办公室\n");
        assertThat(warnings).as("a ruled table leaves nothing to check").isEmpty();
    }
}
