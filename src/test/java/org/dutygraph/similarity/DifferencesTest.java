package org.dutygraph.similarity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DifferencesTest {

    @Test
    void a_changed_number_is_an_inconsistency() {
        Differences d = Differences.of(List.of("完成源头替代项目30个。", "完成源头替代项目31个。"));
        assertThat(d.numbers()).containsExactly(Set.of("30个"), Set.of("31个"));
        assertThat(d.inconsistent()).isTrue();
    }

    @Test
    void a_different_scope_is_an_inconsistency() {
        Differences d = Differences.of(List.of("全面排查全区24个储罐", "全面排查全市24个储罐"));
        assertThat(d.scopes()).containsExactly(Set.of("全区"), Set.of("全市"));
        assertThat(d.numbers()).containsExactly(Set.of(), Set.of());
        assertThat(d.inconsistent()).isTrue();
    }

    @Test
    void a_number_left_out_by_one_clause_is_a_difference_but_no_contradiction() {
        Differences d = Differences.of(List.of("噪声投诉量较上年降低20%以上", "加大噪声污染防治工作"));
        assertThat(d.numbers()).containsExactly(Set.of("20%"), Set.of());
        assertThat(d.inconsistent()).isFalse();
    }

    @Test
    void chinese_and_arabic_counts_agree() {
        assertThat(Differences.of(List.of("每月开展一次以上", "每月开展1次以上")).inconsistent()).isFalse();
    }

    @Test
    void role_words_are_reported_not_flagged() {
        Differences d = Differences.of(List.of("配合市场监管部门推进", "会同工信部门推进"));
        assertThat(d.roleWords()).containsExactly(Set.of("配合"), Set.of("会同"));
        assertThat(d.inconsistent()).isFalse();
    }

    @Test
    void longest_common_passage() {
        assertThat(Differences.longestCommonPassage("会同工信部门推广实施标准", "会同市场监管部门推广实施标准")).isEqualTo("部门推广实施标准");
    }
}
