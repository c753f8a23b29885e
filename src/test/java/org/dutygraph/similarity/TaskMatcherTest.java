package org.dutygraph.similarity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching the tasks of two documents: the building block lineage and compareDocuments share. */
@DisplayName("Matching tasks across two documents")
class TaskMatcherTest {

    static final String DUST = "加强建筑工地扬尘管控，落实围挡、覆盖、路面硬化、出入车辆清洗、渣土车辆密闭运输、拆迁工地湿法作业等六个百分之百要求";
    static final String DUST_REVISED = "加强建筑工地扬尘管控，落实围挡、覆盖、路面硬化、出入车辆清洗、渣土车辆密闭运输、拆迁工地湿法作业等六个百分之百措施";
    static final String VOC = "推进低挥发性有机物原辅料源头替代，完成源头替代项目30个，建成源头替代示范型企业5家";
    static final String VOC_REVISED = "推进低挥发性有机物原辅料源头替代，完成源头替代项目24个，建成源头替代示范型企业5家";
    static final String NOISE = "开展噪声污染专项整治，严格夜间施工审批，年度噪声投诉量同比下降10%";
    static final String WATER = "全面落实河长制，开展入河排污口排查整治，确保国省考断面水质达标";

    @Test
    void only_pairs_across_the_two_documents_count_never_two_tasks_of_one_document() {
        List<TaskMatcher.Match> matches = TaskMatcher.across(List.of(DUST, DUST_REVISED), List.of(WATER), 0.3);
        assertThat(matches).isEmpty();
    }

    @Test
    void each_later_task_gets_its_most_similar_earlier_task_and_a_new_task_none() {
        List<TaskMatcher.Match> best = TaskMatcher.bestBefore(List.of(VOC, DUST, NOISE), List.of(DUST_REVISED, WATER, VOC_REVISED), 0.5);
        assertThat(best).extracting(TaskMatcher.Match::after, TaskMatcher.Match::before)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(2, 0));
        assertThat(best).allMatch(m -> m.score() >= 0.5 && m.score() < 1);
    }

    @Test
    void one_to_one_takes_each_task_once_the_most_similar_first() {
        // Two earlier copies of the dust task and one later: the identical copy wins, the other stays unmatched.
        List<TaskMatcher.Match> matches = TaskMatcher.oneToOne(List.of(DUST_REVISED, DUST), List.of(DUST), 0.5, (i, j) -> false);
        assertThat(matches).extracting(TaskMatcher.Match::before, TaskMatcher.Match::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0));
        assertThat(matches.getFirst().score()).isEqualTo(1.0);
    }

    @Test
    void on_a_tie_the_pair_said_to_belong_together_wins() {
        List<TaskMatcher.Match> matches = TaskMatcher.oneToOne(List.of(DUST, DUST), List.of(DUST), 0.5, (i, j) -> i == 1);
        assertThat(matches).extracting(TaskMatcher.Match::before).containsExactly(1);
    }
}
