package org.dutygraph.lineage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a copy changed of its source, and what became of a task in a document below: carried, changed, dropped. */
class FateTest {

    static final String PROVINCE = "健全用水定额标准体系，到2025年制修订用水定额50项，推动高耗水行业对标达标。（省水利厅牵头）";
    static final String CITY = "健全用水定额标准体系，到2025年制修订用水定额20项，推动高耗水行业对标达标。（市水务局牵头）";
    static final String SAME = "健全用水定额标准体系，到2025年制修订用水定额50项，推动高耗水行业对标达标。（区水务局牵头）";

    @Test
    void a_changed_number_is_named_on_both_sides_and_other_wording_is_not_a_change() {
        assertThat(Change.between(PROVINCE, CITY)).isEqualTo(new Change(List.of("50项"), List.of("20项")));
        assertThat(Change.between(PROVINCE, CITY).changed()).isTrue();
        assertThat(Change.between(PROVINCE, SAME)).isEqualTo(new Change(List.of(), List.of()));
        assertThat(Change.between(PROVINCE, SAME).changed()).as("only the role statement differs").isFalse();
    }

    @Test
    void a_number_left_out_and_a_scope_narrowed_are_changes() {
        assertThat(Change.between("完成源头替代项目30个。", "推进源头替代项目。"))
                .isEqualTo(new Change(List.of("30个"), List.of()));
        assertThat(Change.between("组织开展全市工业园区循环化改造。", "组织开展主城区工业园区循环化改造。"))
                .as("主城区 only in the copy").isEqualTo(new Change(List.of(), List.of("主城区")));
    }

    @Test
    void each_governments_whole_territory_carried_down_is_the_same_task_at_its_level() {
        assertThat(Change.between("组织开展全省工业园区循环化改造。", "组织开展全市工业园区循环化改造。").changed())
                .as("全省 → 全市").isFalse();
        assertThat(Change.between("推动中小企业上云。", "推动全省中小企业上云。").changed()).as("→ 全省").isFalse();
        assertThat(Change.between("推动全国中小企业上云，新增50家。", "推动全省中小企业上云，新增20家。"))
                .as("the territory set aside, the number kept").isEqualTo(new Change(List.of("50家"), List.of("20家")));
        assertThat(Change.between("每月开展一次检查。", "每月开展1次检查。").changed()).as("一次 is 1次").isFalse();
    }

    @Test
    void a_task_is_carried_by_one_unchanged_copy_changed_when_every_copy_changed_and_dropped_without_copies() {
        assertThat(Fate.of(PROVINCE, List.of(SAME))).isEqualTo(Fate.CARRIED);
        assertThat(Fate.of(PROVINCE, List.of(CITY, SAME))).isEqualTo(Fate.CARRIED);
        assertThat(Fate.of(PROVINCE, List.of(CITY))).isEqualTo(Fate.CHANGED);
        assertThat(Fate.of(PROVINCE, List.of())).isEqualTo(Fate.DROPPED);
    }
}
