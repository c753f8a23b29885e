package org.dutygraph.parser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the reader finds numbered items in a stream of text, with or without line breaks. */
@DisplayName("Finding the numbered items")
class OutlineTest {

    static Outline outline(String text) {
        return Outline.read(Body.of(SourceText.of(text).lines()));
    }

    static List<String> paths(String text) {
        return outline(text).items().stream().map(Outline.Item::path).toList();
    }

    @Test
    void numbers_inside_sentences_are_not_items() {
        assertThat(paths("一、总体要求\n1.完成第3项任务，新增2.5万吨，达到1、2级标准。\n2.推进整治。"))
                .containsExactly("一", "一/1", "一/2");
    }

    @Test
    void the_expected_next_number_is_an_item_even_when_a_deadline_follows_it() {
        assertThat(paths("一、区发改局\n1、牵头推进。\n2、会同工信部门推进。\n3、配合推进。\n4、6月底前完成清单。"))
                .containsExactly("一", "一/1", "一/2", "一/3", "一/4");
    }

    @Test
    void items_are_found_in_a_body_without_line_breaks() {
        assertThat(paths("关于印发任务分工的通知 一、加强监管（一）开展检查。（区市场监管局负责）（二）推进整改。（区应急管理局负责）"
                + "二、强化保障（三）落实经费。（区财政局负责）"))
                .containsExactly("一", "一/(一)", "一/(二)", "二", "二/(三)");
    }

    @Test
    void numbering_that_runs_on_across_sections_is_followed() {
        assertThat(paths("一、甲\n1.子一。\n2.子二。\n二、乙\n3.子三。\n4.子四。"))
                .containsExactly("一", "一/1", "一/2", "二", "二/3", "二/4");
    }

    @Test
    void a_list_restarting_inside_an_item_is_nested_when_the_outer_list_goes_on() {
        assertThat(paths("1、建立机制3月区经发局1、工作要点2、实施方案2、编制规划6月区环土局"))
                .containsExactly("1", "1/1", "1/2", "2");
    }

    @Test
    void a_number_glued_inside_a_word_does_not_start_a_list() {
        assertThat(paths("一、深化改革\n（一）推动年报事项“多报合一、信息共享”。（国务院办公厅牵头）\n（二）推进。"))
                .containsExactly("一", "一/(一)", "一/(二)");
    }

    @Test
    void the_top_numbering_starting_again_is_a_second_part() {
        Outline o = outline("若干政策\n一、支持平台\n二、支持转型\n行动计划\n一、总体要求\n二、行动步骤\n1﹒推进外网建设。");
        assertThat(o.parts()).hasSize(2);
        assertThat(o.items().stream().map(Outline.Item::path)).containsExactly("一", "二", "P2:一", "P2:二", "P2:二/1");
    }

    @Test
    void an_attachment_heading_starts_a_part_and_a_trailing_roster_is_not_read() {
        Outline o = outline("一、考评对象\n二、考评方式\n附件：\n考评指标\n一、政务服务\n1．开通全程网办。\n附件\n工作组名单\n组　长：张三 市长");
        assertThat(o.items().stream().map(Outline.Item::path)).containsExactly("一", "二", "P2:一", "P2:一/1");
        Outline.Item last = o.items().getLast();
        assertThat(Body.of(SourceText.of("x").lines()).length()).isPositive();
        assertThat(o.bodyEnd()).isLessThan(last.bodyStart + 20);
    }

    @Test
    void a_skipped_number_on_a_line_of_its_own_is_kept_with_a_warning() {
        Outline o = outline("一、区水利局\n1、推进河道整治。\n3、开展巡查。");
        assertThat(o.items().stream().map(Outline.Item::path)).containsExactly("一", "一/1", "一/3");
        assertThat(o.warnings()).containsExactly("line 3: item numbered 3 where 2 was expected");
    }

    @Test
    void the_page_footer_ends_the_body() {
        Outline o = outline("一、甲\n1.推进。\n【打印本页】 【关闭窗口】\n1.网站地图");
        assertThat(paths("一、甲\n1.推进。\n【打印本页】 【关闭窗口】\n1.网站地图")).containsExactly("一", "一/1");
        assertThat(o.bodyEnd()).isEqualTo("一、甲\n1.推进。\n".length());
    }
}
