package org.dutygraph.parser;

import org.dutygraph.genre.Numerals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents far larger than the genre's (tens of sections, hundreds of clauses): read whole, with work that grows
 * with the document, not with its square. Figures: benchmarks/large-documents.md.
 */
@DisplayName("Documents far larger than the genre's")
class LargeDocumentsTest {

    @Test
    void a_thousand_department_sections_numbered_up_to_一千_are_a_thousand_sections() {
        StringBuilder text = new StringBuilder("2023年松岚区大气污染防治各有关部门目标责任书\n\n");
        for (int i = 1; i <= 1000; i++) {
            text.append(Numerals.chinese(i)).append("、区第").append(i).append("工作局\n")
                    .append("1.牵头完成第").append(i).append("项整治任务，2023年底前完成").append(i).append("个点位。\n");
        }

        ParsedDocument document = DocumentParser.parse(text.toString());

        assertThat(document.sections()).hasSize(1000);
        ParsedSection s111 = document.sections().get(110);
        assertThat(s111.label()).isEqualTo("一百一十一");
        assertThat(s111.department()).isEqualTo("区第111工作局");
        assertThat(s111.tasks()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("牵头完成第111项整治任务，2023年底前完成111个点位。");
            assertThat(c.path()).isEqualTo("一百一十一/1");
        });
        assertThat(document.sections().getLast().label()).isEqualTo("一千");
        assertThat(document.sections().getLast().tasks().getFirst().text()).startsWith("牵头完成第1000项");
    }

    @Test
    void over_two_hundred_sections_boilerplate_is_counted_in_an_even_sample_and_still_found() {
        SplittableRandom random = new SplittableRandom(7);
        List<List<String>> sections = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            StringBuilder own = new StringBuilder(); // 24 characters drawn from the whole CJK block: no two alike
            random.ints(24, 0x4E00, 0x9FA5).forEach(own::appendCodePoint);
            sections.add(List.of(own.toString(),
                    "对照《党政领导干部生态环境损害责任追究办法（试行）》，切实履行本部门生态环境保护工作职责。"));
        }

        Boilerplate.Marks marks = Boilerplate.mark(sections);

        assertThat(marks.sampled()).isTrue();
        assertThat(marks.undecided()).isZero();
        assertThat(marks.flags()).allSatisfy(flags -> assertThat(flags).containsExactly(false, true));
    }

    @Test
    void clauses_of_one_template_that_nearly_recur_are_kept_as_work_and_reported() {
        String[] verbs = {"推进", "加强", "完善", "落实", "开展", "组织", "实施", "健全"};
        String[] objects = {"污染源排查", "河道整治", "扬尘管控", "垃圾分类", "臭氧防治", "餐饮油烟治理", "工业园区整治",
                "农村污水处理", "危险废物监管", "噪声治理", "黑臭水体整治", "秸秆禁烧"};
        String[] departments = {"区发展改革委", "区教育局", "区科技局", "区工信局", "区公安分局", "区民政局", "区司法局",
                "区财政局", "区人社局", "区住建局", "区城管局", "区交通运输局", "区水利局", "区农业农村局", "区商务局"};
        SplittableRandom random = new SplittableRandom(1);
        StringBuilder text = new StringBuilder("2024年松岚区生态环境整治实施方案\n\n");
        for (int s = 1; s <= 30; s++) {
            text.append(Numerals.chinese(s)).append("、第").append(s).append("方面重点任务\n");
            for (int k = 1; k <= 100; k++) {
                text.append(k).append('.').append(verbs[random.nextInt(8)]).append(objects[random.nextInt(12)])
                        .append(verbs[random.nextInt(8)]).append(objects[random.nextInt(12)]).append("工作，")
                        .append(2024 + k % 3).append("年底前完成").append(random.nextInt(1, 99)).append("个点位。")
                        .append("（牵头单位：").append(departments[random.nextInt(15)]).append("，配合单位：")
                        .append(departments[random.nextInt(15)]).append("）\n");
            }
        }

        ParsedDocument document = DocumentParser.parse(text.toString());

        assertThat(document.sections()).hasSize(30).allSatisfy(s -> assertThat(s.tasks()).hasSize(100));
        assertThat(document.sections().getLast().tasks().getLast().path()).isEqualTo("三十/100");
        assertThat(document.warnings()).anySatisfy(w -> assertThat(w)
                .matches("\\d+ clause\\(s\\) share most of their words with too many others .*kept as work.*"));
    }
}
