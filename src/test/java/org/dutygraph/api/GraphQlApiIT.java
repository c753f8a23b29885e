package org.dutygraph.api;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL API over real HTTP against the seed document, as a client sees it. */
@DisplayName("GraphQL API on the seed document")
class GraphQlApiIT extends ServiceIT {

    @Test
    void lists_the_seed_document_with_its_metadata_and_counts() {
        GraphQlTester.Response answer = tester().documentName("documents").execute();
        List<Map<String, Object>> seed = answer.path("documents[?(@.id == 'zhonglou-2021')]")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(seed).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("title", "2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书")
                    .containsEntry("number", "钟政发〔2021〕24号")
                    .containsEntry("issuer", "常州市钟楼区人民政府")
                    .containsEntry("publisher", "政府办")
                    .containsEntry("createdDate", "2021-05-10")
                    .containsEntry("publishedDate", "2021-05-14")
                    .containsEntry("expiresDate", "2025-02-13")
                    .containsEntry("region", "常州市钟楼区")
                    .containsEntry("year", 2021)
                    .containsEntry("sectionCount", 16)
                    .containsEntry("departmentCount", 19)
                    .containsEntry("taskCount", 123)
                    .containsEntry("participationCount", 185);
            assertThat(d.get("warnings")).asList().isEmpty();
        });
    }

    @Test
    void a_document_lists_its_sixteen_sections_in_order_with_their_tasks() {
        GraphQlTester.Response answer = tester().documentName("documentSections").variable("id", SEED).execute();
        assertThat(answer.path("document.sections[*].department.name").entityList(String.class).get()).hasSize(16)
                .startsWith("区发改局", "区教育局", "区工信局").endsWith("区机关事务管理中心");
        assertThat(answer.path("document.sections[13].tasks[*].ordinal").entityList(Integer.class).get()).hasSize(25);
        assertThat(answer.path("document.sections[13].label").entity(String.class).get()).isEqualTo("十四");
    }

    @Test
    void industry_bureau_clause_1_is_led_by_market_regulation_and_supported_by_industry() {
        GraphQlTester.Response task = tester().documentName("task").variable("id", "zhonglou-2021/区工信局/1").execute();
        assertThat(task.path("task.owner.name").entity(String.class).get()).isEqualTo("区工信局");
        assertThat(task.path("task.document.id").entity(String.class).get()).isEqualTo(SEED);
        assertThat(task.path("task.participants[*].role").entityList(String.class).get()).containsExactly("LEAD", "SUPPORT");
        assertThat(task.path("task.participants[*].department.name").entityList(String.class).get()).containsExactly("区市场监管局", "区工信局");
        assertThat(task.path("task.participants[0].evidence").entity(String.class).get())
                .isEqualTo("配合市场监管部门有序推进各类涉VOCS产品质量标准和要求的推广实施和执行。");
        assertThat(task.path("task.targets[?(@.kind == 'FREQUENCY')].subject").entityList(String.class).get()).containsExactly("联合执法检查");
        assertThat(task.path("task.targets[?(@.kind == 'FREQUENCY')].unit").entityList(String.class).get()).containsExactly("次/季度");
        assertThat(task.path("task.targets[?(@.kind == 'FREQUENCY')].comparator").entityList(String.class).get()).containsExactly("≥");
        assertThat(task.path("task.boilerplate").entity(Boolean.class).get()).isFalse();
    }

    @Test
    void a_clause_with_roles_in_two_sentences_keeps_each_sentence_as_evidence() {
        GraphQlTester.Response task = tester().documentName("task").variable("id", "zhonglou-2021/区工信局/6").execute();
        List<Map<String, Object>> participants = task.path("task.participants")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(participants).extracting(p -> p.get("role") + " " + ((Map<?, ?>) p.get("department")).get("name"))
                .containsExactly("LEAD 区工信局", "LEAD 钟楼生态环境局", "JOINT 钟楼生态环境局", "SUPPORT 区工信局");
        assertThat(task.path("task.participants[?(@.role == 'JOINT')].evidence").entityList(String.class).get())
                .containsExactly("4月底前,会同生态环境部门制定实施重点企业错峰生产计划;");
        assertThat(task.path("task.deadlines").entityList(String.class).get()).containsExactly("4月底前", "9月底前");
        assertThat(task.path("task.deadlineDetails[*].month").entityList(Integer.class).get()).containsExactly(4, 9);
        assertThat(task.path("task.mentions[*].name").entityList(String.class).get()).containsExactly("市生态环境局");
    }

    @Test
    void an_external_department_leads_the_commerce_bureaus_recycling_clause() {
        GraphQlTester.Response task = tester().documentName("task").variable("id", "zhonglou-2021/区商务局/2").execute();
        assertThat(task.path("task.participants[?(@.role == 'LEAD')].department.name").entityList(String.class).get()).containsExactly("市商务局");
        assertThat(task.path("task.participants[?(@.role == 'LEAD')].department.external").entityList(Boolean.class).get()).containsExactly(true);
        assertThat(task.path("task.participants[?(@.role == 'LEAD')].department.level").entityList(String.class).get()).containsExactly("CITY");
    }

    @Test
    void a_generic_mention_stays_unresolved() {
        GraphQlTester.Response task = tester().documentName("task").variable("id", "zhonglou-2021/区教育局/4").execute();
        assertThat(task.path("task.unresolvedMentions").entityList(String.class).get()).containsExactly("相关部门");
        assertThat(task.path("task.participants[*].department.name").entityList(String.class).get()).containsExactly("区教育局");
    }

    @Test
    void a_department_answers_to_its_aliases_with_its_tasks_and_joint_roles() {
        GraphQlTester.Response answer = tester().documentName("department").variable("name", "交管部门")
                .variable("documentId", SEED).variable("role", "JOINT").execute();
        assertThat(answer.path("department.name").entity(String.class).get()).isEqualTo("钟楼交警大队");
        assertThat(answer.path("department.id").entity(String.class).get()).isEqualTo("常州市钟楼区/钟楼交警大队");
        assertThat(answer.path("department.aliases").entityList(String.class).get()).contains("交警部门", "交管部门");
        assertThat(answer.path("department.ownedTasks[*].ordinal").entityList(Integer.class).get()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(answer.path("department.participations[*].task.id").entityList(String.class).get())
                .containsExactly("zhonglou-2021/区城管局/1", "zhonglou-2021/钟楼生态环境局/5");
        assertThat(answer.path("department.participations[*].evidence").entityList(String.class).get().getLast()).startsWith("会同交管部门每周至少");
    }

    @Test
    void an_unknown_department_is_an_error_that_suggests_the_nearest_names() {
        GraphQlTester.Response answer = tester().documentName("department").variable("name", "区工信")
                .variable("documentId", SEED).execute();
        answer.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).startsWith("unknown department '区工信'; did you mean 区工信局");
            assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND");
            assertThat(error.getExtensions().get("suggestions")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("区工信局");
        }));
        answer.path("department").valueIsNull();
    }

    @Test
    void the_seed_involves_its_sixteen_sections_then_three_external_departments() {
        GraphQlTester.Response answer = tester().documentName("departments").variable("documentId", SEED).execute();
        assertThat(answer.path("departments[*].name").entityList(String.class).get()).hasSize(19).startsWith("区发改局")
                .containsSubsequence("区机关事务管理中心", "市商务局");
        assertThat(answer.path("departments[?(@.external == true)].name").entityList(String.class).get())
                .containsExactlyInAnyOrder("市商务局", "市生态环境局", "省生态环境部门");
    }

    @Test
    void full_text_search_finds_the_green_roof_clauses_of_two_departments() {
        GraphQlTester.Response answer = tester().documentName("tasks").variable("documentId", SEED)
                .variable("text", "绿色屋顶").execute();
        assertThat(answer.path("tasks.edges[*].node.id").entityList(String.class).get())
                .containsExactlyInAnyOrder("zhonglou-2021/区发改局/3", "zhonglou-2021/区住建局/4");
        assertThat(answer.path("tasks.totalCount").entity(Integer.class).get()).isEqualTo(2);
    }

    @Test
    void tasks_page_through_a_departments_joint_roles_with_cursors() {
        GraphQlTester.Response first = tester().documentName("tasks").variable("documentId", SEED)
                .variable("department", "市场监管部门").variable("role", "JOINT").variable("first", 3).execute();
        assertThat(first.path("tasks.totalCount").entity(Integer.class).get()).isEqualTo(4);
        assertThat(first.path("tasks.edges[*].node.id").entityList(String.class).get())
                .containsExactly("zhonglou-2021/区工信局/2", "zhonglou-2021/区商务局/1", "zhonglou-2021/钟楼公安分局/1");
        assertThat(first.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get()).isTrue();
        String cursor = first.path("tasks.pageInfo.endCursor").entity(String.class).get();

        GraphQlTester.Response second = tester().documentName("tasks").variable("documentId", SEED)
                .variable("department", "市场监管部门").variable("role", "JOINT").variable("first", 3)
                .variable("after", cursor).execute();
        assertThat(second.path("tasks.edges[*].node.id").entityList(String.class).get()).containsExactly("zhonglou-2021/钟楼公安分局/2");
        assertThat(second.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get()).isFalse();
        assertThat(second.path("tasks.pageInfo.hasPreviousPage").entity(Boolean.class).get()).isTrue();
    }

    @Test
    void support_roles_of_a_department() {
        GraphQlTester.Response answer = tester().documentName("tasks").variable("documentId", SEED)
                .variable("department", "区应急管理局").variable("role", "SUPPORT").execute();
        assertThat(answer.path("tasks.edges[*].node.id").entityList(String.class).get()).containsExactly("zhonglou-2021/区应急管理局/4");
    }

    @Test
    void a_page_of_tasks_without_filters_is_in_document_order() {
        GraphQlTester.Response answer = tester().documentName("tasks").variable("documentId", SEED)
                .variable("first", 8).execute();
        assertThat(answer.path("tasks.totalCount").entity(Integer.class).get()).isEqualTo(123);
        assertThat(answer.path("tasks.edges[*].node.owner.name").entityList(String.class).get())
                .containsExactly("区发改局", "区发改局", "区发改局", "区发改局", "区发改局", "区发改局", "区发改局", "区教育局");
    }

    @Test
    void nested_lists_answer_for_every_department_at_once() {
        GraphQlTester.Response answer = tester().documentName("departmentsWithTasks")
                .variable("documentId", SEED).execute();
        List<Map<String, Object>> departments = answer.path("departments")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(departments).hasSize(19);
        assertThat(answer.path("departments[?(@.name == '区工信局')].ownedTasks[*].id").entityList(String.class).get()).hasSize(9);
        assertThat(answer.path("departments[?(@.name == '市商务局')].ownedTasks[*].id").entityList(String.class).get()).isEmpty();
        assertThat(answer.path("departments[?(@.name == '区工信局')].ownedTasks[1].targets[*].subject").entityList(String.class).get())
                .containsExactly("低挥发性有机物等原辅料源头替代项目", "源头替代示范型企业");
    }
}
