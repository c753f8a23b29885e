package org.dutygraph.analysis;

import org.dutygraph.support.TestDocuments;
import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The six analyses over GraphQL, on the seed and on small documents built for each. */
@DisplayName("Analyses")
class AnalysisIT extends ServiceIT {

    @Autowired
    DocumentImporter importer;

    static String resource(String name) {
        return TestDocuments.text(name);
    }

    String imported(String resource, String id) {
        importer.importText(resource(resource), id);
        return id;
    }

    /** A number of the answer (JSON numbers come back as Integer, Double or BigDecimal). */
    static double number(DocumentContext answer, String path) {
        return answer.<Number>read(path).doubleValue();
    }

    static List<String> ids(DocumentContext answer, String path) {
        return answer.<List<String>>read(path).stream().map(id -> id.substring(id.indexOf('/') + 1)).toList();
    }

    @Nested
    @DisplayName("load balance")
    class LoadBalances {
        @Test
        void the_ecology_bureau_carries_the_most_and_the_gini_says_how_uneven_the_rest_is() {
            DocumentContext answer = graphql().run("loadBalance", "documentId", SEED);
            assertThat(answer.<String>read("$.data.loadBalance.departments[0].department.name")).isEqualTo("钟楼生态环境局");
            assertThat(answer.<Integer>read("$.data.loadBalance.departments[0].leads")).isEqualTo(29);
            assertThat(answer.<Integer>read("$.data.loadBalance.departments[0].joints")).isEqualTo(11);
            assertThat(answer.<Integer>read("$.data.loadBalance.departments[0].supports")).isEqualTo(1);
            assertThat(number(answer, "$.data.loadBalance.departments[0].score")).isEqualTo(35.0);
            assertThat(answer.<String>read("$.data.loadBalance.departments[0].flag")).isEqualTo("OVERLOADED");
            assertThat(number(answer, "$.data.loadBalance.gini")).isCloseTo(0.420, within(0.0005));
            assertThat(number(answer, "$.data.loadBalance.median")).isEqualTo(5.5);
            assertThat(number(answer, "$.data.loadBalance.mean")).isCloseTo(7.71875, within(1e-9));
            assertThat(answer.<String>read("$.data.loadBalance.departments[0].explanation"))
                    .startsWith("钟楼生态环境局 leads 29, joins 11 and supports 1 clause(s): 1.0 × 29 + 0.5 × 11 + 0.5 × 1 = 35.0");
        }

        @Test
        void external_departments_are_listed_but_not_judged() {
            DocumentContext answer = graphql().run("loadBalance", "documentId", SEED);
            assertThat(answer.<List<String>>read("$.data.loadBalance.departments[?(@.flag == 'EXTERNAL')].department.name"))
                    .containsExactlyInAnyOrder("市商务局", "市生态环境局", "省生态环境部门");
            assertThat(answer.<List<String>>read("$.data.loadBalance.departments[?(@.flag == 'UNDERLOADED')].department.name"))
                    .contains("区机关事务管理中心");
        }

        @Test
        void weights_and_boilerplate_change_the_scores() {
            DocumentContext answer = graphql().run("loadBalance", "documentId", SEED,
                    "weights", Map.of("lead", 2.0, "joint", 1.0, "support", 0.0), "includeBoilerplate", true);
            assertThat(answer.<List<Number>>read("$.data.loadBalance.departments[?(@.department.name == '钟楼生态环境局')].score"))
                    .singleElement().satisfies(score -> assertThat(score.doubleValue()).isEqualTo(2.0 * 31 + 1.0 * 12));
            assertThat(answer.<Boolean>read("$.data.loadBalance.includeBoilerplate")).isTrue();
        }

        @Test
        void without_a_document_id_the_latest_document_is_analysed() {
            String latest = imported("bridge-2024.txt", "bridge-latest-2024");
            assertThat(graphql().run("loadBalance").<String>read("$.data.loadBalance.document.id")).isEqualTo(latest);
        }
    }

    @Nested
    @DisplayName("bottlenecks")
    class Bottlenecks {
        @Test
        void the_ecology_bureau_ranks_first_on_the_seed_with_its_reasons() {
            DocumentContext answer = graphql().run("bottlenecks", "documentId", SEED, "limit", 5);
            assertThat(answer.<List<String>>read("$.data.bottlenecks[*].department.name")).hasSize(5).first().isEqualTo("钟楼生态环境局");
            assertThat(answer.<Boolean>read("$.data.bottlenecks[0].articulationPoint")).isTrue();
            assertThat(answer.<Integer>read("$.data.bottlenecks[0].dependents")).isEqualTo(10);
            assertThat(answer.<List<String>>read("$.data.bottlenecks[0].dependentDepartments[*].name"))
                    .contains("区工信局", "区应急管理局", "区商务局", "自然资源和规划钟楼分局");
            assertThat(answer.<List<String>>read("$.data.bottlenecks[0].claims[*].task.id")).contains("zhonglou-2021/区工信局/4");
            assertThat(answer.<String>read("$.data.bottlenecks[0].reason")).startsWith("钟楼生态环境局 lies on ");
            assertThat(number(answer, "$.data.bottlenecks[0].score")).isGreaterThan(number(answer, "$.data.bottlenecks[1].score"));
        }

        @Test
        void the_only_bridge_between_two_departments_is_the_top_bottleneck() {
            String id = imported("bridge-2024.txt", "bridge-2024");
            DocumentContext answer = graphql().run("bottlenecks", "documentId", id);
            assertThat(answer.<List<String>>read("$.data.bottlenecks[*].department.name"))
                    .hasSize(3).first().isEqualTo("区生态环境局");
            assertThat(answer.<List<String>>read("$.data.bottlenecks[*].department.name").subList(1, 3))
                    .containsExactlyInAnyOrder("区水利局", "区住建局");
            assertThat(answer.<Boolean>read("$.data.bottlenecks[0].articulationPoint")).isTrue();
            assertThat(number(answer, "$.data.bottlenecks[0].betweenness")).isEqualTo(1.0);
            assertThat(answer.<Integer>read("$.data.bottlenecks[0].dependents")).isEqualTo(2);
            assertThat(answer.<List<Boolean>>read("$.data.bottlenecks[*].articulationPoint")).containsExactly(true, false, false);
        }
    }

    @Nested
    @DisplayName("duplicated tasks")
    class Duplicates {
        @Test
        void the_seed_pairs_the_voc_clauses_of_industry_and_market_regulation() {
            DocumentContext answer = graphql().run("duplicateTasks", "documentId", SEED);
            assertThat(answer.<List<Object>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/1')].tasks[*].id"))
                    .containsExactly("zhonglou-2021/区工信局/1", "zhonglou-2021/区市场监管局/1");
            assertThat(answer.<List<Object>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/2')].tasks[*].id"))
                    .containsExactly("zhonglou-2021/区工信局/2", "zhonglou-2021/区市场监管局/2");
            assertThat(answer.<List<String>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/1')].kind"))
                    .containsExactly("NEAR_IDENTICAL");
            assertThat(answer.<List<Object>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/1')].differences[?(@.kind == 'ROLE_WORD')].values"))
                    .hasSize(2);
        }

        @Test
        void a_sentence_shared_inside_longer_clauses_is_a_shared_passage() {
            DocumentContext answer = graphql().run("duplicateTasks", "documentId", SEED);
            assertThat(answer.<List<String>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区发改局/3')].kind"))
                    .containsExactly("SHARED_PASSAGE");
            assertThat(answer.<List<String>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区发改局/3')].sharedPassage"))
                    .singleElement().asString().contains("“绿色屋顶”计划");
            assertThat(answer.<List<Object>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区发改局/3')].tasks[*].id"))
                    .containsExactly("zhonglou-2021/区发改局/3", "zhonglou-2021/区住建局/4");
        }

        @Test
        void the_same_tanks_counted_for_the_district_and_for_the_city_is_an_inconsistency() {
            DocumentContext answer = graphql().run("duplicateTasks", "documentId", SEED);
            assertThat(answer.<List<Boolean>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区应急管理局/4')].inconsistent"))
                    .containsExactly(true);
            assertThat(answer.<List<Object>>read("$.data.duplicateTasks[?(@.id == 'zhonglou-2021/区应急管理局/4')].inconsistencies[0]"))
                    .singleElement().asString().contains("全区").contains("全市");
        }

        @Test
        void boilerplate_is_left_out_unless_asked_for() {
            DocumentContext without = graphql().run("duplicateTasks", "documentId", SEED);
            assertThat(without.<List<String>>read("$.data.duplicateTasks[*].sharedPassage")).noneMatch(p -> p.contains("切实履行规定的其它"));
            DocumentContext with = graphql().run("duplicateTasks", "documentId", SEED, "includeBoilerplate", true);
            List<Integer> sizes = with.read("$.data.duplicateTasks[?(@.sharedPassage =~ /.*切实履行规定的其它.*/)].tasks.length()");
            assertThat(sizes).singleElement().isEqualTo(16);
        }

        @Test
        void two_identical_clauses_under_different_owners_make_exactly_one_group() {
            String id = imported("twins-2024.txt", "twins-2024");
            DocumentContext answer = graphql().run("duplicateTasks", "documentId", id);
            assertThat(answer.<List<Object>>read("$.data.duplicateTasks")).hasSize(1);
            assertThat(ids(answer, "$.data.duplicateTasks[0].tasks[*].id")).containsExactly("区工信局/1", "区市场监管局/1");
            assertThat(number(answer, "$.data.duplicateTasks[0].similarity")).isEqualTo(1.0);
            assertThat(answer.<Boolean>read("$.data.duplicateTasks[0].inconsistent")).isFalse();
        }

        @Test
        void changing_one_number_flags_the_inconsistency() {
            String id = imported("twins-changed-2024.txt", "twins-changed-2024");
            DocumentContext answer = graphql().run("duplicateTasks", "documentId", id);
            assertThat(answer.<List<Object>>read("$.data.duplicateTasks")).hasSize(1);
            assertThat(answer.<Boolean>read("$.data.duplicateTasks[0].inconsistent")).isTrue();
            assertThat(answer.<List<String>>read("$.data.duplicateTasks[0].differences[?(@.kind == 'NUMBER')].values[*]"))
                    .containsExactlyInAnyOrder("30个", "31个");
            assertThat(answer.<String>read("$.data.duplicateTasks[0].inconsistencies[0]"))
                    .isEqualTo("numbers differ: 区工信局 #1 says 30个; 区市场监管局 #1 says 31个");

            DocumentContext targets = graphql().run("sharedTargets", "documentId", id);
            assertThat(targets.<List<Boolean>>read("$.data.sharedTargets[?(@.subject == '源头替代项目')].consistent")).containsExactly(false);
            assertThat(targets.<List<Boolean>>read("$.data.sharedTargets[?(@.subject == '示范企业')].consistent")).containsExactly(true);
        }
    }

    @Nested
    @DisplayName("overlap")
    class Overlaps {
        @Test
        void industry_and_market_regulation_share_the_voc_and_source_substitution_clauses() {
            DocumentContext answer = graphql().run("overlap", "a", "区工信局", "b", "市场监管部门", "documentId", SEED);
            assertThat(answer.<String>read("$.data.overlap.departmentB.name")).isEqualTo("区市场监管局");
            assertThat(ids(answer, "$.data.overlap.duplicates[*].first.id")).containsExactly("区工信局/1", "区工信局/2");
            assertThat(ids(answer, "$.data.overlap.duplicates[*].second.id")).containsExactly("区市场监管局/1", "区市场监管局/2");
            assertThat(answer.<List<String>>read("$.data.overlap.aNamesB[*].role")).containsExactly("LEAD", "JOINT");
            assertThat(answer.<List<String>>read("$.data.overlap.bNamesA[*].role")).containsExactly("JOINT", "JOINT");
            assertThat(answer.<List<String>>read("$.data.overlap.sharedTargets[*].subject"))
                    .contains("低挥发性有机物等原辅料源头替代项目", "源头替代示范型企业");
            assertThat(number(answer, "$.data.overlap.score")).isCloseTo(4.0 / 22, within(1e-9));
            assertThat(answer.<String>read("$.data.overlap.explanation")).contains("4 / (15 + 11 − 4) = 0.18");
        }

        @Test
        void the_same_department_twice_is_an_error() {
            DocumentContext answer = graphql().run("overlap", "a", "区工信局", "b", "工信部门", "documentId", SEED);
            assertThat(answer.<String>read("$.errors[0].message")).contains("are the same department: 区工信局");
        }
    }

    @Nested
    @DisplayName("shared targets")
    class SharedTargets {
        @Test
        void the_seeds_shared_targets_with_every_clause_that_sets_them() {
            DocumentContext answer = graphql().run("sharedTargets", "documentId", SEED);
            assertThat(ids(answer, "$.data.sharedTargets[?(@.subject == '低挥发性有机物等原辅料源头替代项目')].targets[*].task.id"))
                    .containsExactly("区工信局/2", "区市场监管局/2");
            assertThat(answer.<List<String>>read("$.data.sharedTargets[?(@.subject == '联合执法检查' && @.unit == '次')].departments[*].name"))
                    .containsExactly("区工信局", "区应急管理局", "钟楼生态环境局");
            assertThat(answer.<List<String>>read("$.data.sharedTargets[?(@.subject == '年度噪声投诉量')].departments[*].name"))
                    .containsExactly("区城管局", "钟楼生态环境局");
            assertThat(answer.<List<Boolean>>read("$.data.sharedTargets[?(@.subject == '年度噪声投诉量')].consistent")).containsExactly(true);
        }

        @Test
        void the_tanks_disagree_on_scope() {
            DocumentContext answer = graphql().run("sharedTargets", "documentId", SEED);
            assertThat(answer.<List<Boolean>>read("$.data.sharedTargets[?(@.subject == '挥发性有机物储罐')].consistent")).containsExactly(false);
            assertThat(answer.<List<List<String>>>read("$.data.sharedTargets[?(@.subject == '挥发性有机物储罐')].disagreements").getFirst())
                    .containsExactly("scopes differ: 全区 in 区应急管理局 #4; 全市 in 钟楼生态环境局 #1");
            assertThat(answer.<List<Boolean>>read("$.data.sharedTargets[?(@.subject == '无组织排放、储罐治理项目')].consistent")).containsExactly(true);
        }
    }

    @Nested
    @DisplayName("one-sided commitments")
    class OneSided {
        @Test
        void a_clause_whose_counterpart_does_not_name_it_back() {
            DocumentContext answer = graphql().run("oneSidedCommitments", "documentId", SEED);
            List<Map<String, Object>> gongxin4 = answer.read("$.data.oneSidedCommitments[?(@.task.id == 'zhonglou-2021/区工信局/4')]");
            assertThat(gongxin4).singleElement().satisfies(c -> {
                assertThat(c).containsEntry("kind", "NOT_RECIPROCATED").containsEntry("role", "LEAD");
                assertThat(((Map<?, ?>) c.get("named")).get("name")).isEqualTo("钟楼生态环境局");
                List<String> counterparts = ((List<?>) c.get("counterparts")).stream().map(t -> (String) ((Map<?, ?>) t).get("id")).toList();
                assertThat(counterparts).containsExactly("zhonglou-2021/钟楼生态环境局/2");
            });
        }

        @Test
        void mirrored_clauses_that_name_each_other_are_not_reported() {
            DocumentContext answer = graphql().run("oneSidedCommitments", "documentId", SEED);
            assertThat(answer.<List<String>>read("$.data.oneSidedCommitments[*].task.id"))
                    .doesNotContain("zhonglou-2021/区工信局/1", "zhonglou-2021/区工信局/2", "zhonglou-2021/区市场监管局/1",
                            "zhonglou-2021/区市场监管局/2", "zhonglou-2021/钟楼生态环境局/6", "zhonglou-2021/区住建局/2");
        }

        @Test
        void an_external_lead_is_reported_for_follow_up_outside_the_document() {
            DocumentContext answer = graphql().run("oneSidedCommitments", "documentId", SEED);
            assertThat(answer.<List<String>>read("$.data.oneSidedCommitments[?(@.kind == 'EXTERNAL')].named.name")).containsExactly("市商务局");
        }

        @Test
        void a_partner_with_no_clause_for_the_work() {
            String id = imported("bridge-2024.txt", "bridge-commitments-2024");
            DocumentContext answer = graphql().run("oneSidedCommitments", "documentId", id);
            assertThat(answer.<List<String>>read("$.data.oneSidedCommitments[*].kind")).containsOnly("NO_COUNTERPART");
            assertThat(ids(answer, "$.data.oneSidedCommitments[*].task.id")).containsExactly("区水利局/1", "区住建局/1");
            assertThat(answer.<List<String>>read("$.data.oneSidedCommitments[*].named.name")).containsOnly("区生态环境局");
        }
    }
}
