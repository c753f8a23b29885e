package org.dutygraph.comparison;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.document.SeedDocument;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** compareDocuments on the seed and a next year's version with known edits. */
@DisplayName("Comparing two documents")
class CompareDocumentsIT extends ServiceIT {

    static final String QUERY = """
            query($a: ID!, $b: ID!) { compareDocuments(a: $a, b: $b) {
              added { id } removed { id }
              carriedOver { before { id } after { id } similarity changed numbers deadlines roles }
              loadChanges { department before after delta } } }""";

    @Autowired
    DocumentImporter importer;

    @Test
    void next_years_version_shows_what_was_added_removed_and_changed() {
        String next = SeedDocument.text()
                .replace("2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书", "2022年钟楼区深入打好污染防治攻坚战各有关部门目标责任书")
                .replaceFirst("源头替代项目30个", "源头替代项目40个")                                   // 区工信局 #2: a number
                .replace("3. 会同生态环境部门继续开展铸造行业产能清理", "3. 配合生态环境部门继续开展铸造行业产能清理") // 区工信局 #3: a role
                .replace("2. 组织开展工程机械、交通工具(汽车、摩托车、自行车总成及零部件)制造行业排查整治。\n\n", "") // 钟楼生态环境局 #2 removed
                .replace("6. 加大区本级生态环境治理的投入", "6. 建立秸秆焚烧巡查奖补资金,每年安排专项资金。\n\n7. 加大区本级生态环境治理的投入"); // 区财政局: one added
        importer.importText(next, "zhonglou-next-2022");

        DocumentContext answer = graphql().execute(QUERY, Map.of("a", SEED, "b", "zhonglou-next-2022"));
        assertThat(answer.<List<String>>read("$.data.compareDocuments.added[*].id")).containsExactly("zhonglou-next-2022/区财政局/6");
        assertThat(answer.<List<String>>read("$.data.compareDocuments.removed[*].id")).containsExactly("zhonglou-2021/钟楼生态环境局/2");
        List<Map<String, Object>> changed = answer.read("$.data.compareDocuments.carriedOver[?(@.changed == true)]");
        assertThat(changed.stream().map(c -> (String) ((Map<?, ?>) c.get("before")).get("id")).toList()).contains(
                "zhonglou-2021/区工信局/2", "zhonglou-2021/区工信局/3");
        assertThat(answer.<List<List<String>>>read("$.data.compareDocuments.carriedOver[?(@.before.id == 'zhonglou-2021/区工信局/2')].numbers").getFirst())
                .containsExactly("30个 →", "→ 40个");
        assertThat(answer.<List<List<String>>>read("$.data.compareDocuments.carriedOver[?(@.before.id == 'zhonglou-2021/区工信局/3')].roles").getFirst())
                .containsExactlyInAnyOrder("区工信局 LEAD →", "钟楼生态环境局 JOINT →", "→ 区工信局 SUPPORT", "→ 钟楼生态环境局 LEAD");
        // Tasks after a removed or added clause carry over by content, not by position: 钟楼生态环境局 #3 is now #2.
        assertThat(answer.<List<String>>read("$.data.compareDocuments.carriedOver[?(@.before.id == 'zhonglou-2021/钟楼生态环境局/3')].after.id"))
                .containsExactly("zhonglou-next-2022/钟楼生态环境局/2");
        assertThat(answer.<List<Integer>>read("$.data.compareDocuments.carriedOver[*]").size()).isEqualTo(122);
        assertThat(answer.<List<String>>read("$.data.compareDocuments.loadChanges[*].department")).contains("区工信局", "区财政局");
    }

    @Test
    void a_document_compared_with_itself_has_no_changes() {
        DocumentContext answer = graphql().execute(QUERY, Map.of("a", SEED, "b", SEED));
        assertThat(answer.<List<Object>>read("$.data.compareDocuments.added")).isEmpty();
        assertThat(answer.<List<Object>>read("$.data.compareDocuments.carriedOver[?(@.changed == true)]")).isEmpty();
        assertThat(answer.<List<Object>>read("$.data.compareDocuments.loadChanges")).isEmpty();
    }
}
