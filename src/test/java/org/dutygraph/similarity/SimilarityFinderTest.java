package org.dutygraph.similarity;

import org.dutygraph.parser.ParsedTask;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.parser.ParsedSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityFinderTest {

    static List<String> names = new ArrayList<>();
    static List<SimilarityFinder.Item> items = new ArrayList<>();
    static List<SimilarityFinder.Pair> pairs;

    @BeforeAll
    static void findOnTheSeed() throws IOException {
        String text;
        try (InputStream in = SimilarityFinderTest.class.getResourceAsStream("/seed/zhonglou-2021.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedDocument seed = DocumentParser.parse(text);
        for (ParsedSection s : seed.sections()) {
            for (ParsedTask c : s.tasks()) {
                names.add(s.department() + " #" + c.ordinal());
                items.add(new SimilarityFinder.Item(s.department(), c.text()));
            }
        }
        pairs = SimilarityFinder.find(items);
    }

    static SimilarityFinder.Pair pair(String a, String b) {
        return pairs.stream().filter(p -> Set.of(names.get(p.first()), names.get(p.second())).equals(Set.of(a, b)))
                .findFirst().orElseThrow(() -> new AssertionError("no pair " + a + " ~ " + b));
    }

    @Test
    void mirrored_clauses_of_two_partners_are_alike_once_their_role_phrases_are_set_aside() {
        assertThat(pair("区工信局 #1", "区市场监管局 #1").score()).isGreaterThan(0.95);
        assertThat(pair("区工信局 #2", "区市场监管局 #2").score()).isGreaterThan(0.95);
    }

    @Test
    void a_shared_sentence_inside_different_clauses_is_found_with_its_text() {
        SimilarityFinder.Pair greenRoof = pair("区发改局 #3", "区住建局 #4");
        assertThat(greenRoof.score()).isLessThan(0.5);
        assertThat(greenRoof.passage()).contains("“绿色屋顶”计划");
        assertThat(greenRoof.passageScore()).isGreaterThan(0.9);
    }

    @Test
    void clauses_of_one_department_are_never_paired() {
        assertThat(pairs).noneMatch(p -> items.get(p.first()).owner().equals(items.get(p.second()).owner()));
        assertThat(pairs).allMatch(p -> p.first() < p.second());
    }

    @Test
    void unrelated_clauses_are_not_paired() {
        Set<String> paired = pairs.stream().flatMap(p -> java.util.stream.Stream.of(names.get(p.first()), names.get(p.second())))
                .collect(Collectors.toSet());
        assertThat(paired).doesNotContain("区卫健局 #1", "区教育局 #1", "区财政局 #1");
    }

    @Test
    void the_result_is_the_same_every_time() {
        assertThat(SimilarityFinder.find(items)).isEqualTo(pairs);
    }

    @Test
    void shingles_and_jaccard() {
        int[] a = Shingles.of(Shingles.normalize("会同工信部门，推进。"));
        assertThat(a).hasSize(7); // 会同 同工 工信 信部 部门 门推 推进
        assertThat(Shingles.jaccard(a, Shingles.of("会同工信部门推进"))).isEqualTo(1.0);
        assertThat(Shingles.jaccard(Shingles.of("甲乙丙"), Shingles.of("乙丙丁"))).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(SimilarityFinder.comparable("会同市场监管、公安等部门推进清洁油品行动。")).isEqualTo("推进清洁油品行动");
    }

    @Test
    void no_clause_of_the_seed_has_as_many_partners_as_the_cap() {
        // So the cap drops nothing of the seed: its pairs are all the pairs found.
        assertThat(java.util.Arrays.stream(partners(pairs, items.size())).max().orElseThrow())
                .isLessThan(SimilarityFinder.MAX_PARTNERS);
        assertThat(pair("区工信局 #1", "区市场监管局 #1").score()).isGreaterThan(0.95);
    }

    @Test
    void clauses_written_from_one_template_keep_their_closest_partners_and_stay_one_group() {
        // 2,000 departments' clauses that differ only in their numbers: every pair alike. Without the caps this
        // is two million pairs (and as many graph edges); with them each clause keeps at most MAX_PARTNERS, and the
        // pairs still link all 2,000 into one group.
        List<SimilarityFinder.Item> template = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            template.add(new SimilarityFinder.Item("区第" + i + "工作局",
                    "牵头完成第" + i + "项大气污染整治任务，加强工地扬尘管控，2023年底前完成" + i + "个点位整治。"));
        }
        List<SimilarityFinder.Pair> found = SimilarityFinder.find(template);

        int[] partners = partners(found, template.size());
        assertThat(java.util.Arrays.stream(partners).max().orElseThrow()).isEqualTo(SimilarityFinder.MAX_PARTNERS);
        assertThat(java.util.Arrays.stream(partners).min().orElseThrow()).isPositive();
        int[] group = new int[template.size()];
        java.util.Arrays.setAll(group, i -> i);
        found.forEach(p -> group[find(group, p.first())] = find(group, p.second()));
        assertThat(java.util.stream.IntStream.range(0, group.length).map(i -> find(group, i)).distinct().count())
                .isEqualTo(1);
    }

    /** How many pairs each of {@code n} clauses is in. */
    private static int[] partners(List<SimilarityFinder.Pair> pairs, int n) {
        int[] partners = new int[n];
        pairs.forEach(p -> {
            partners[p.first()]++;
            partners[p.second()]++;
        });
        return partners;
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
