package org.dutygraph.analysis;

import org.dutygraph.support.TestDocuments;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The six analyses over GraphQL, on the seed and on small documents built for each: operations from
 * {@code graphql-test/*.graphql} through {@link org.springframework.graphql.test.tester.HttpGraphQlTester} against the
 * running service, which fails a test on any error the test does not expect.
 */
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

    /** Task ids without their document (区工信局/1 for zhonglou-2021/区工信局/1). */
    static List<String> ids(List<String> taskIds) {
        return taskIds.stream().map(id -> id.substring(id.indexOf('/') + 1)).toList();
    }

    @Nested
    @DisplayName("load balance")
    class LoadBalances {
        @Test
        void the_ecology_bureau_carries_the_most_and_the_gini_says_how_uneven_the_rest_is() {
            GraphQlTester.Response answer = tester().documentName("loadBalance").variable("documentId", SEED).execute();
            assertThat(answer.path("loadBalance.departments[0].department.name").entity(String.class).get()).isEqualTo("钟楼生态环境局");
            assertThat(answer.path("loadBalance.departments[0].leads").entity(Integer.class).get()).isEqualTo(29);
            assertThat(answer.path("loadBalance.departments[0].joints").entity(Integer.class).get()).isEqualTo(11);
            assertThat(answer.path("loadBalance.departments[0].supports").entity(Integer.class).get()).isEqualTo(1);
            assertThat(answer.path("loadBalance.departments[0].score").entity(Double.class).get()).isEqualTo(35.0);
            assertThat(answer.path("loadBalance.departments[0].flag").entity(String.class).get()).isEqualTo("OVERLOADED");
            assertThat(answer.path("loadBalance.gini").entity(Double.class).get()).isCloseTo(0.420, within(0.0005));
            assertThat(answer.path("loadBalance.median").entity(Double.class).get()).isEqualTo(5.5);
            assertThat(answer.path("loadBalance.mean").entity(Double.class).get()).isCloseTo(7.71875, within(1e-9));
            assertThat(answer.path("loadBalance.departments[0].explanation").entity(String.class).get())
                    .startsWith("钟楼生态环境局 leads 29, joins 11 and supports 1 clause(s): 1.0 × 29 + 0.5 × 11 + 0.5 × 1 = 35.0");
        }

        @Test
        void external_departments_are_listed_but_not_judged() {
            GraphQlTester.Response answer = tester().documentName("loadBalance").variable("documentId", SEED).execute();
            assertThat(answer.path("loadBalance.departments[?(@.flag == 'EXTERNAL')].department.name").entityList(String.class).get())
                    .containsExactlyInAnyOrder("市商务局", "市生态环境局", "省生态环境部门");
            assertThat(answer.path("loadBalance.departments[?(@.flag == 'UNDERLOADED')].department.name").entityList(String.class).get())
                    .contains("区机关事务管理中心");
        }

        @Test
        void weights_and_boilerplate_change_the_scores() {
            GraphQlTester.Response answer = tester().documentName("loadBalance").variable("documentId", SEED)
                    .variable("weights", Map.of("lead", 2.0, "joint", 1.0, "support", 0.0))
                    .variable("includeBoilerplate", true).execute();
            assertThat(answer.path("loadBalance.departments[?(@.department.name == '钟楼生态环境局')].score").entityList(Number.class).get())
                    .singleElement().satisfies(score -> assertThat(score.doubleValue()).isEqualTo(2.0 * 31 + 1.0 * 12));
            assertThat(answer.path("loadBalance.includeBoilerplate").entity(Boolean.class).get()).isTrue();
        }

        @Test
        void without_a_document_id_the_latest_document_is_analysed() {
            String latest = imported("bridge-2024.txt", "bridge-latest-2024");
            assertThat(tester().documentName("loadBalance").execute().path("loadBalance.document.id").entity(String.class).get()).isEqualTo(latest);
        }
    }

    @Nested
    @DisplayName("bottlenecks")
    class Bottlenecks {
        @Test
        void the_ecology_bureau_ranks_first_on_the_seed_with_its_reasons() {
            GraphQlTester.Response answer = tester().documentName("bottlenecks").variable("documentId", SEED)
                    .variable("limit", 5).execute();
            assertThat(answer.path("bottlenecks[*].department.name").entityList(String.class).get()).hasSize(5).first().isEqualTo("钟楼生态环境局");
            assertThat(answer.path("bottlenecks[0].articulationPoint").entity(Boolean.class).get()).isTrue();
            assertThat(answer.path("bottlenecks[0].dependents").entity(Integer.class).get()).isEqualTo(10);
            assertThat(answer.path("bottlenecks[0].dependentDepartments[*].name").entityList(String.class).get())
                    .contains("区工信局", "区应急管理局", "区商务局", "自然资源和规划钟楼分局");
            assertThat(answer.path("bottlenecks[0].claims[*].task.id").entityList(String.class).get()).contains("zhonglou-2021/区工信局/4");
            assertThat(answer.path("bottlenecks[0].reason").entity(String.class).get()).startsWith("钟楼生态环境局 lies on ");
            assertThat(answer.path("bottlenecks[0].score").entity(Double.class).get()).isGreaterThan(answer.path("bottlenecks[1].score").entity(Double.class).get());
        }

        @Test
        void the_only_bridge_between_two_departments_is_the_top_bottleneck() {
            String id = imported("bridge-2024.txt", "bridge-2024");
            GraphQlTester.Response answer = tester().documentName("bottlenecks").variable("documentId", id).execute();
            assertThat(answer.path("bottlenecks[*].department.name").entityList(String.class).get())
                    .hasSize(3).first().isEqualTo("区生态环境局");
            assertThat(answer.path("bottlenecks[*].department.name").entityList(String.class).get().subList(1, 3))
                    .containsExactlyInAnyOrder("区水利局", "区住建局");
            assertThat(answer.path("bottlenecks[0].articulationPoint").entity(Boolean.class).get()).isTrue();
            assertThat(answer.path("bottlenecks[0].betweenness").entity(Double.class).get()).isEqualTo(1.0);
            assertThat(answer.path("bottlenecks[0].dependents").entity(Integer.class).get()).isEqualTo(2);
            assertThat(answer.path("bottlenecks[*].articulationPoint").entityList(Boolean.class).get()).containsExactly(true, false, false);
        }
    }

    @Nested
    @DisplayName("duplicated tasks")
    class Duplicates {
        @Test
        void the_seed_pairs_the_voc_clauses_of_industry_and_market_regulation() {
            GraphQlTester.Response answer = tester().documentName("duplicateTasks")
                    .variable("documentId", SEED).execute();
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/1')].tasks[*].id").entityList(Object.class).get())
                    .containsExactly("zhonglou-2021/区工信局/1", "zhonglou-2021/区市场监管局/1");
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/2')].tasks[*].id").entityList(Object.class).get())
                    .containsExactly("zhonglou-2021/区工信局/2", "zhonglou-2021/区市场监管局/2");
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/1')].kind").entityList(String.class).get())
                    .containsExactly("NEAR_IDENTICAL");
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区工信局/1')].differences[?(@.kind == 'ROLE_WORD')].values").entityList(Object.class).get())
                    .hasSize(2);
        }

        @Test
        void a_sentence_shared_inside_longer_clauses_is_a_shared_passage() {
            GraphQlTester.Response answer = tester().documentName("duplicateTasks")
                    .variable("documentId", SEED).execute();
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区发改局/3')].kind").entityList(String.class).get())
                    .containsExactly("SHARED_PASSAGE");
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区发改局/3')].sharedPassage").entityList(String.class).get())
                    .singleElement().asString().contains("“绿色屋顶”计划");
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区发改局/3')].tasks[*].id").entityList(Object.class).get())
                    .containsExactly("zhonglou-2021/区发改局/3", "zhonglou-2021/区住建局/4");
        }

        @Test
        void the_same_tanks_counted_for_the_district_and_for_the_city_is_an_inconsistency() {
            GraphQlTester.Response answer = tester().documentName("duplicateTasks")
                    .variable("documentId", SEED).execute();
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区应急管理局/4')].inconsistent").entityList(Boolean.class).get())
                    .containsExactly(true);
            assertThat(answer.path("duplicateTasks[?(@.id == 'zhonglou-2021/区应急管理局/4')].inconsistencies[0]").entityList(Object.class).get())
                    .singleElement().asString().contains("全区").contains("全市");
        }

        @Test
        void boilerplate_is_left_out_unless_asked_for() {
            GraphQlTester.Response without = tester().documentName("duplicateTasks")
                    .variable("documentId", SEED).execute();
            assertThat(without.path("duplicateTasks[*].sharedPassage").entityList(String.class).get()).noneMatch(p -> p.contains("切实履行规定的其它"));
            GraphQlTester.Response with = tester().documentName("duplicateTasks").variable("documentId", SEED)
                    .variable("includeBoilerplate", true).execute();
            List<Integer> sizes = with.path("duplicateTasks[?(@.sharedPassage =~ /.*切实履行规定的其它.*/)].tasks.length()")
                    .entityList(Integer.class).get();
            assertThat(sizes).singleElement().isEqualTo(16);
        }

        @Test
        void two_identical_clauses_under_different_owners_make_exactly_one_group() {
            String id = imported("twins-2024.txt", "twins-2024");
            GraphQlTester.Response answer = tester().documentName("duplicateTasks")
                    .variable("documentId", id).execute();
            assertThat(answer.path("duplicateTasks").entityList(Object.class).get()).hasSize(1);
            assertThat(ids(answer.path("duplicateTasks[0].tasks[*].id").entityList(String.class).get())).containsExactly("区工信局/1", "区市场监管局/1");
            assertThat(answer.path("duplicateTasks[0].similarity").entity(Double.class).get()).isEqualTo(1.0);
            assertThat(answer.path("duplicateTasks[0].inconsistent").entity(Boolean.class).get()).isFalse();
        }

        @Test
        void changing_one_number_flags_the_inconsistency() {
            String id = imported("twins-changed-2024.txt", "twins-changed-2024");
            GraphQlTester.Response answer = tester().documentName("duplicateTasks")
                    .variable("documentId", id).execute();
            assertThat(answer.path("duplicateTasks").entityList(Object.class).get()).hasSize(1);
            assertThat(answer.path("duplicateTasks[0].inconsistent").entity(Boolean.class).get()).isTrue();
            assertThat(answer.path("duplicateTasks[0].differences[?(@.kind == 'NUMBER')].values[*]").entityList(String.class).get())
                    .containsExactlyInAnyOrder("30个", "31个");
            assertThat(answer.path("duplicateTasks[0].inconsistencies[0]").entity(String.class).get())
                    .isEqualTo("numbers differ: 区工信局 #1 says 30个; 区市场监管局 #1 says 31个");

            GraphQlTester.Response targets = tester().documentName("sharedTargets")
                    .variable("documentId", id).execute();
            assertThat(targets.path("sharedTargets[?(@.subject == '源头替代项目')].consistent").entityList(Boolean.class).get()).containsExactly(false);
            assertThat(targets.path("sharedTargets[?(@.subject == '示范企业')].consistent").entityList(Boolean.class).get()).containsExactly(true);
        }
    }

    @Nested
    @DisplayName("overlap")
    class Overlaps {
        @Test
        void industry_and_market_regulation_share_the_voc_and_source_substitution_clauses() {
            GraphQlTester.Response answer = tester().documentName("overlap").variable("a", "区工信局")
                    .variable("b", "市场监管部门").variable("documentId", SEED).execute();
            assertThat(answer.path("overlap.departmentB.name").entity(String.class).get()).isEqualTo("区市场监管局");
            assertThat(ids(answer.path("overlap.duplicates[*].first.id").entityList(String.class).get())).containsExactly("区工信局/1", "区工信局/2");
            assertThat(ids(answer.path("overlap.duplicates[*].second.id").entityList(String.class).get())).containsExactly("区市场监管局/1", "区市场监管局/2");
            assertThat(answer.path("overlap.aNamesB[*].role").entityList(String.class).get()).containsExactly("LEAD", "JOINT");
            assertThat(answer.path("overlap.bNamesA[*].role").entityList(String.class).get()).containsExactly("JOINT", "JOINT");
            assertThat(answer.path("overlap.sharedTargets[*].subject").entityList(String.class).get())
                    .contains("低挥发性有机物等原辅料源头替代项目", "源头替代示范型企业");
            assertThat(answer.path("overlap.score").entity(Double.class).get()).isCloseTo(4.0 / 22, within(1e-9));
            assertThat(answer.path("overlap.explanation").entity(String.class).get()).contains("4 / (15 + 11 − 4) = 0.18");
        }

        @Test
        void the_same_department_twice_is_an_error() {
            GraphQlTester.Response answer = tester().documentName("overlap").variable("a", "区工信局")
                    .variable("b", "工信部门").variable("documentId", SEED).execute();
            answer.errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("are the same department: 区工信局")));
        }
    }

    @Nested
    @DisplayName("shared targets")
    class SharedTargets {
        @Test
        void the_seeds_shared_targets_with_every_clause_that_sets_them() {
            GraphQlTester.Response answer = tester().documentName("sharedTargets")
                    .variable("documentId", SEED).execute();
            assertThat(ids(answer.path("sharedTargets[?(@.subject == '低挥发性有机物等原辅料源头替代项目')].targets[*].task.id").entityList(String.class).get()))
                    .containsExactly("区工信局/2", "区市场监管局/2");
            assertThat(answer.path("sharedTargets[?(@.subject == '联合执法检查' && @.unit == '次')].departments[*].name").entityList(String.class).get())
                    .containsExactly("区工信局", "区应急管理局", "钟楼生态环境局");
            assertThat(answer.path("sharedTargets[?(@.subject == '年度噪声投诉量')].departments[*].name").entityList(String.class).get())
                    .containsExactly("区城管局", "钟楼生态环境局");
            assertThat(answer.path("sharedTargets[?(@.subject == '年度噪声投诉量')].consistent").entityList(Boolean.class).get()).containsExactly(true);
        }

        @Test
        void the_tanks_disagree_on_scope() {
            GraphQlTester.Response answer = tester().documentName("sharedTargets")
                    .variable("documentId", SEED).execute();
            assertThat(answer.path("sharedTargets[?(@.subject == '挥发性有机物储罐')].consistent").entityList(Boolean.class).get()).containsExactly(false);
            assertThat(answer.path("sharedTargets[?(@.subject == '挥发性有机物储罐')].disagreements[*]").entityList(String.class).get())
                    .containsExactly("scopes differ: 全区 in 区应急管理局 #4; 全市 in 钟楼生态环境局 #1");
            assertThat(answer.path("sharedTargets[?(@.subject == '无组织排放、储罐治理项目')].consistent").entityList(Boolean.class).get()).containsExactly(true);
        }
    }

    @Nested
    @DisplayName("one-sided commitments")
    class OneSided {
        @Test
        void a_clause_whose_counterpart_does_not_name_it_back() {
            GraphQlTester.Response answer = tester().documentName("oneSidedCommitments")
                    .variable("documentId", SEED).execute();
            List<Map<String, Object>> gongxin4 = answer.path("oneSidedCommitments[?(@.task.id == 'zhonglou-2021/区工信局/4')]")
                    .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
            assertThat(gongxin4).singleElement().satisfies(c -> {
                assertThat(c).containsEntry("kind", "NOT_RECIPROCATED").containsEntry("role", "LEAD");
                assertThat(((Map<?, ?>) c.get("named")).get("name")).isEqualTo("钟楼生态环境局");
                List<String> counterparts = ((List<?>) c.get("counterparts")).stream().map(t -> (String) ((Map<?, ?>) t).get("id")).toList();
                assertThat(counterparts).containsExactly("zhonglou-2021/钟楼生态环境局/2");
            });
        }

        @Test
        void mirrored_clauses_that_name_each_other_are_not_reported() {
            GraphQlTester.Response answer = tester().documentName("oneSidedCommitments")
                    .variable("documentId", SEED).execute();
            assertThat(answer.path("oneSidedCommitments[*].task.id").entityList(String.class).get())
                    .doesNotContain("zhonglou-2021/区工信局/1", "zhonglou-2021/区工信局/2", "zhonglou-2021/区市场监管局/1",
                            "zhonglou-2021/区市场监管局/2", "zhonglou-2021/钟楼生态环境局/6", "zhonglou-2021/区住建局/2");
        }

        @Test
        void an_external_lead_is_reported_for_follow_up_outside_the_document() {
            GraphQlTester.Response answer = tester().documentName("oneSidedCommitments")
                    .variable("documentId", SEED).execute();
            assertThat(answer.path("oneSidedCommitments[?(@.kind == 'EXTERNAL')].named.name").entityList(String.class).get()).containsExactly("市商务局");
        }

        @Test
        void a_partner_with_no_clause_for_the_work() {
            String id = imported("bridge-2024.txt", "bridge-commitments-2024");
            GraphQlTester.Response answer = tester().documentName("oneSidedCommitments")
                    .variable("documentId", id).execute();
            assertThat(answer.path("oneSidedCommitments[*].kind").entityList(String.class).get()).containsOnly("NO_COUNTERPART");
            assertThat(ids(answer.path("oneSidedCommitments[*].task.id").entityList(String.class).get())).containsExactly("区水利局/1", "区住建局/1");
            assertThat(answer.path("oneSidedCommitments[*].named.name").entityList(String.class).get()).containsOnly("区生态环境局");
        }
    }
}
