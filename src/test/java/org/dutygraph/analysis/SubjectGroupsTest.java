package org.dutygraph.analysis;

import org.dutygraph.similarity.Shingles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Target subjects are grouped as the rule says (each joins the first group of its key holding a subject at least
 * 0.6 alike), whether groups are looked up by prefix filtering or by comparing with every subject of every group.
 */
@DisplayName("Grouping target subjects")
class SubjectGroupsTest {

    @Test
    void alike_subjects_of_one_kind_and_unit_share_a_group_and_other_units_do_not() {
        List<String> subjects = List.of("主城区劣五类河道整治", "主城区劣V类河道整治", "源头替代项目", "源头替代项目", "主城区劣五类河道整治", "");
        List<List<String>> keys = List.of(List.of("COUNT", "条"), List.of("COUNT", "条"), List.of("COUNT", "个"),
                List.of("COUNT", "家"), List.of("COUNT", "个"), List.of("COUNT", "个"));
        assertThat(SubjectGroups.group(keys, subjects.stream().map(Shingles::normalize).toList(), 0.6))
                .containsExactly(0, 0, 1, 2, 3, 4);
    }

    @Test
    void subjects_with_nothing_to_compare_are_alike_only_to_each_other() {
        assertThat(SubjectGroups.group(List.of("k", "k", "k"), List.of("", "", "河道"), 0.6)).containsExactly(0, 0, 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void prefix_filtering_groups_as_comparing_with_every_subject_does(long seed) {
        // subjects built from a few phrases and a small alphabet: many alike pairs, chains of alike-but-not-first groups
        Random random = new Random(seed);
        String[] phrases = {"源头替代", "河道整治", "项目建设", "污水管网", "黑臭水体", "企业治理", "主城区", "全区"};
        List<String> subjects = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                s.append(phrases[random.nextInt(phrases.length)]);
            }
            if (random.nextBoolean()) {
                s.setCharAt(random.nextInt(s.length()), "甲乙丙丁".charAt(random.nextInt(4)));
            }
            subjects.add(Shingles.normalize(random.nextInt(20) == 0 ? "" : s.toString()));
            keys.add(random.nextInt(4) == 0 ? "个" : "条");
        }
        assertThat(SubjectGroups.group(keys, subjects, 0.6)).containsExactly(everyMember(keys, subjects, 0.6));
    }

    /** The rule read literally: compare with every member of every earlier group of the key. */
    private static int[] everyMember(List<String> keys, List<String> subjects, double threshold) {
        int[] group = new int[subjects.size()];
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            int[] set = Shingles.of(subjects.get(i));
            int home = -1;
            for (int g = 0; g < groups.size() && home < 0; g++) {
                for (int member : groups.get(g)) {
                    if (keys.get(member).equals(keys.get(i)) && Shingles.jaccard(Shingles.of(subjects.get(member)), set) >= threshold) {
                        home = g;
                        break;
                    }
                }
            }
            if (home < 0) {
                home = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(home).add(i);
            group[i] = home;
        }
        return group;
    }
}
