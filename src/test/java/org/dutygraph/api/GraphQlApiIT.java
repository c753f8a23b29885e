package org.dutygraph.api;

import com.jayway.jsonpath.DocumentContext;
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
        DocumentContext answer = graphql().run("documents");
        List<Map<String, Object>> seed = answer.read("$.data.documents[?(@.id == 'zhonglou-2021')]");
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
        DocumentContext answer = graphql().run("documentSections", "id", SEED);
        assertThat(answer.<List<String>>read("$.data.document.sections[*].department.name")).hasSize(16)
                .startsWith("区发改局", "区教育局", "区工信局").endsWith("区机关事务管理中心");
        assertThat(answer.<List<Integer>>read("$.data.document.sections[13].tasks[*].ordinal")).hasSize(25);
        assertThat(answer.<String>read("$.data.document.sections[13].label")).isEqualTo("十四");
    }

    @Test
    void industry_bureau_clause_1_is_led_by_market_regulation_and_supported_by_industry() {
        DocumentContext task = graphql().run("task", "id", "zhonglou-2021/区工信局/1");
        assertThat(task.<String>read("$.data.task.owner.name")).isEqualTo("区工信局");
        assertThat(task.<String>read("$.data.task.document.id")).isEqualTo(SEED);
        assertThat(task.<List<String>>read("$.data.task.participants[*].role")).containsExactly("LEAD", "SUPPORT");
        assertThat(task.<List<String>>read("$.data.task.participants[*].department.name")).containsExactly("区市场监管局", "区工信局");
        assertThat(task.<String>read("$.data.task.participants[0].evidence"))
                .isEqualTo("配合市场监管部门有序推进各类涉VOCS产品质量标准和要求的推广实施和执行。");
        assertThat(task.<List<String>>read("$.data.task.targets[?(@.kind == 'FREQUENCY')].subject")).containsExactly("联合执法检查");
        assertThat(task.<List<String>>read("$.data.task.targets[?(@.kind == 'FREQUENCY')].unit")).containsExactly("次/季度");
        assertThat(task.<List<String>>read("$.data.task.targets[?(@.kind == 'FREQUENCY')].comparator")).containsExactly("≥");
        assertThat(task.<Boolean>read("$.data.task.boilerplate")).isFalse();
    }

    @Test
    void a_clause_with_roles_in_two_sentences_keeps_each_sentence_as_evidence() {
        DocumentContext task = graphql().run("task", "id", "zhonglou-2021/区工信局/6");
        List<Map<String, Object>> participants = task.read("$.data.task.participants");
        assertThat(participants).extracting(p -> p.get("role") + " " + ((Map<?, ?>) p.get("department")).get("name"))
                .containsExactly("LEAD 区工信局", "LEAD 钟楼生态环境局", "JOINT 钟楼生态环境局", "SUPPORT 区工信局");
        assertThat(task.<List<String>>read("$.data.task.participants[?(@.role == 'JOINT')].evidence"))
                .containsExactly("4月底前,会同生态环境部门制定实施重点企业错峰生产计划;");
        assertThat(task.<List<String>>read("$.data.task.deadlines")).containsExactly("4月底前", "9月底前");
        assertThat(task.<List<Integer>>read("$.data.task.deadlineDetails[*].month")).containsExactly(4, 9);
        assertThat(task.<List<String>>read("$.data.task.mentions[*].name")).containsExactly("市生态环境局");
    }

    @Test
    void an_external_department_leads_the_commerce_bureaus_recycling_clause() {
        DocumentContext task = graphql().run("task", "id", "zhonglou-2021/区商务局/2");
        assertThat(task.<List<String>>read("$.data.task.participants[?(@.role == 'LEAD')].department.name")).containsExactly("市商务局");
        assertThat(task.<List<Boolean>>read("$.data.task.participants[?(@.role == 'LEAD')].department.external")).containsExactly(true);
        assertThat(task.<List<String>>read("$.data.task.participants[?(@.role == 'LEAD')].department.level")).containsExactly("CITY");
    }

    @Test
    void a_generic_mention_stays_unresolved() {
        DocumentContext task = graphql().run("task", "id", "zhonglou-2021/区教育局/4");
        assertThat(task.<List<String>>read("$.data.task.unresolvedMentions")).containsExactly("相关部门");
        assertThat(task.<List<String>>read("$.data.task.participants[*].department.name")).containsExactly("区教育局");
    }

    @Test
    void a_department_answers_to_its_aliases_with_its_tasks_and_joint_roles() {
        DocumentContext answer = graphql().run("department", "name", "交管部门", "documentId", SEED, "role", "JOINT");
        assertThat(answer.<String>read("$.data.department.name")).isEqualTo("钟楼交警大队");
        assertThat(answer.<String>read("$.data.department.id")).isEqualTo("常州市钟楼区/钟楼交警大队");
        assertThat(answer.<List<String>>read("$.data.department.aliases")).contains("交警部门", "交管部门");
        assertThat(answer.<List<Integer>>read("$.data.department.ownedTasks[*].ordinal")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(answer.<List<String>>read("$.data.department.participations[*].task.id"))
                .containsExactly("zhonglou-2021/区城管局/1", "zhonglou-2021/钟楼生态环境局/5");
        assertThat(answer.<List<String>>read("$.data.department.participations[*].evidence").getLast()).startsWith("会同交管部门每周至少");
    }

    @Test
    void an_unknown_department_is_an_error_that_suggests_the_nearest_names() {
        DocumentContext answer = graphql().run("department", "name", "区工信", "documentId", SEED);
        assertThat(answer.<String>read("$.errors[0].message")).startsWith("unknown department '区工信'; did you mean 区工信局");
        assertThat(answer.<String>read("$.errors[0].extensions.classification")).isEqualTo("NOT_FOUND");
        assertThat(answer.<List<String>>read("$.errors[0].extensions.suggestions")).contains("区工信局");
        assertThat(answer.<Object>read("$.data.department")).isNull();
    }

    @Test
    void the_seed_involves_its_sixteen_sections_then_three_external_departments() {
        DocumentContext answer = graphql().run("departments", "documentId", SEED);
        assertThat(answer.<List<String>>read("$.data.departments[*].name")).hasSize(19).startsWith("区发改局")
                .containsSubsequence("区机关事务管理中心", "市商务局");
        assertThat(answer.<List<String>>read("$.data.departments[?(@.external == true)].name"))
                .containsExactlyInAnyOrder("市商务局", "市生态环境局", "省生态环境部门");
    }

    @Test
    void full_text_search_finds_the_green_roof_clauses_of_two_departments() {
        DocumentContext answer = graphql().run("tasks", "documentId", SEED, "text", "绿色屋顶");
        assertThat(answer.<List<String>>read("$.data.tasks.edges[*].node.id"))
                .containsExactlyInAnyOrder("zhonglou-2021/区发改局/3", "zhonglou-2021/区住建局/4");
        assertThat(answer.<Integer>read("$.data.tasks.totalCount")).isEqualTo(2);
    }

    @Test
    void tasks_page_through_a_departments_joint_roles_with_cursors() {
        DocumentContext first = graphql().run("tasks", "documentId", SEED, "department", "市场监管部门", "role", "JOINT", "first", 3);
        assertThat(first.<Integer>read("$.data.tasks.totalCount")).isEqualTo(4);
        assertThat(first.<List<String>>read("$.data.tasks.edges[*].node.id"))
                .containsExactly("zhonglou-2021/区工信局/2", "zhonglou-2021/区商务局/1", "zhonglou-2021/钟楼公安分局/1");
        assertThat(first.<Boolean>read("$.data.tasks.pageInfo.hasNextPage")).isTrue();
        String cursor = first.read("$.data.tasks.pageInfo.endCursor");

        DocumentContext second = graphql().run("tasks", "documentId", SEED, "department", "市场监管部门", "role", "JOINT",
                "first", 3, "after", cursor);
        assertThat(second.<List<String>>read("$.data.tasks.edges[*].node.id")).containsExactly("zhonglou-2021/钟楼公安分局/2");
        assertThat(second.<Boolean>read("$.data.tasks.pageInfo.hasNextPage")).isFalse();
        assertThat(second.<Boolean>read("$.data.tasks.pageInfo.hasPreviousPage")).isTrue();
    }

    @Test
    void support_roles_of_a_department() {
        DocumentContext answer = graphql().run("tasks", "documentId", SEED, "department", "区应急管理局", "role", "SUPPORT");
        assertThat(answer.<List<String>>read("$.data.tasks.edges[*].node.id")).containsExactly("zhonglou-2021/区应急管理局/4");
    }

    @Test
    void a_page_of_tasks_without_filters_is_in_document_order() {
        DocumentContext answer = graphql().run("tasks", "documentId", SEED, "first", 8);
        assertThat(answer.<Integer>read("$.data.tasks.totalCount")).isEqualTo(123);
        assertThat(answer.<List<String>>read("$.data.tasks.edges[*].node.owner.name"))
                .containsExactly("区发改局", "区发改局", "区发改局", "区发改局", "区发改局", "区发改局", "区发改局", "区教育局");
    }

    @Test
    void nested_lists_answer_for_every_department_at_once() {
        DocumentContext answer = graphql().run("departmentsWithTasks", "documentId", SEED);
        List<Map<String, Object>> departments = answer.read("$.data.departments");
        assertThat(departments).hasSize(19);
        assertThat(answer.<List<String>>read("$.data.departments[?(@.name == '区工信局')].ownedTasks[*].id")).hasSize(9);
        assertThat(answer.<List<String>>read("$.data.departments[?(@.name == '市商务局')].ownedTasks[*].id")).isEmpty();
        assertThat(answer.<List<String>>read("$.data.departments[?(@.name == '区工信局')].ownedTasks[1].targets[*].subject"))
                .containsExactly("低挥发性有机物等原辅料源头替代项目", "源头替代示范型企业");
    }
}
