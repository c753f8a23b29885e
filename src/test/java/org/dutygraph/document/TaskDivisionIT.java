package org.dutygraph.document;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task-division documents end to end: imported over HTTP GraphQL, stored with tasks that belong to their leads, and
 * read back and analysed like a 目标责任书 (documents written for the tests: documents/family).
 */
@DisplayName("Task-division documents through the API")
class TaskDivisionIT extends ServiceIT {

    static final String IMPORT = """
            mutation($t: String!, $id: ID) { importDocument(text: $t, id: $id) {
              created layout coverage sectionCount taskCount participationCount warnings document { id layout } } }""";

    DocumentContext imported(String resource, String id) {
        DocumentContext answer = admin().execute(IMPORT, Map.of("t", TestDocuments.text("family/" + resource), "id", id));
        assertThat(answer.<Map<String, Object>>read("$")).as(answer.jsonString()).doesNotContainKey("errors");
        return answer;
    }

    @Test
    void a_state_council_division_of_tasks_is_imported_with_its_layout_and_label_path_ids() {
        DocumentContext answer = imported("national-2022.txt", "national-2022");
        assertThat(answer.<String>read("$.data.importDocument.layout")).isEqualTo("TOPIC_PARENTHETICALS");
        assertThat(answer.<Integer>read("$.data.importDocument.taskCount")).isEqualTo(5);
        assertThat(answer.<Integer>read("$.data.importDocument.sectionCount")).isEqualTo(2);
        assertThat(answer.<Number>read("$.data.importDocument.coverage").doubleValue()).isGreaterThan(0.8);

        DocumentContext task = graphql().execute("""
                { task(id: "national-2022/一/(二)") { path label owner { name } owners { name level external }
                  participants { role stated department { name } evidence } unresolvedMentions } }""", Map.of());
        assertThat(task.<String>read("$.data.task.path")).isEqualTo("一/(二)");
        assertThat(task.<String>read("$.data.task.owner.name")).isEqualTo("国家发展改革委");
        assertThat(task.<List<String>>read("$.data.task.owners[*].level")).containsOnly("OWN");
        assertThat(task.<List<String>>read("$.data.task.participants[?(@.role == 'JOINT')].department.name"))
                .containsExactlyInAnyOrder("工业和信息化部", "住房城乡建设部", "交通运输部", "水利部");
        assertThat(task.<List<Boolean>>read("$.data.task.participants[*].stated")).containsOnly(true);
        assertThat(task.<String>read("$.data.task.participants[0].evidence"))
                .isEqualTo("着力破除招投标隐性壁垒。（国家发展改革委牵头，工业和信息化部、住房城乡建设部、交通运输部、水利部等国务院相关部门及各地区按职责分工负责）");
    }

    @Test
    void co_responsible_units_are_co_owners_and_a_task_of_collectives_has_no_owner() {
        imported("national-2022.txt", "national-2022");
        DocumentContext shared = graphql().execute("""
                { shared: task(id: "national-2022/二/(三)") { owner { name } owners { name } }
                  nobody: task(id: "national-2022/二/(五)") { owner { name } owners { name } participants { role } unresolvedMentions } }""",
                Map.of());
        assertThat(shared.<Object>read("$.data.shared.owner")).isNull();
        assertThat(shared.<List<String>>read("$.data.shared.owners[*].name"))
                .containsExactlyInAnyOrder("市场监管总局", "国家发展改革委", "财政部");
        assertThat(shared.<Object>read("$.data.nobody.owner")).isNull();
        assertThat(shared.<List<Object>>read("$.data.nobody.owners")).isEmpty();
        assertThat(shared.<List<Object>>read("$.data.nobody.participants")).isEmpty();
        assertThat(shared.<List<String>>read("$.data.nobody.unresolvedMentions")).containsExactly("各地区", "各部门");
    }

    @Test
    void the_analyses_answer_on_a_national_document() {
        imported("national-2022.txt", "national-2022");
        DocumentContext load = graphql().run("loadBalance", "documentId", "national-2022");
        assertThat(load.<String>read("$.data.loadBalance.departments[0].department.name")).isEqualTo("国家发展改革委");
        assertThat(load.<Integer>read("$.data.loadBalance.departments[0].leads")).isEqualTo(3);
        DocumentContext bottlenecks = graphql().run("bottlenecks", "documentId", "national-2022");
        assertThat(bottlenecks.<String>read("$.data.bottlenecks[0].department.name")).isEqualTo("国家发展改革委");
        assertThat(bottlenecks.<String>read("$.data.bottlenecks[0].reason"))
                .contains("leads or joins tasks that 7 other department(s) take part in").contains("财政部");
        assertThat(bottlenecks.<Integer>read("$.data.bottlenecks[0].dependents")).isEqualTo(7);
        DocumentContext graph = graphql().execute("""
                { collaborationGraph(documentId: "national-2022", include: [TASKS]) { nodes { id kind data { owner } } edges { kind source target } } }""",
                Map.of());
        assertThat(graph.<List<String>>read("$.data.collaborationGraph.nodes[?(@.kind == 'task')].id"))
                .contains("national-2022/一/(一)", "national-2022/二/(五)");
        // role edges run from a department (its jurisdiction and name: the State Council's own are 国家's) to a task
        assertThat(graph.<List<String>>read("$.data.collaborationGraph.edges[?(@.kind == 'JOINT' && @.target == 'national-2022/一/(二)')].source"))
                .containsExactlyInAnyOrder("国家/工业和信息化部", "国家/住房城乡建设部", "国家/交通运输部", "国家/水利部");
    }

    @Test
    void a_task_whose_text_names_a_unit_its_statement_does_not_list_is_one_sided() {
        String text = """
                2024年常州市数字政府建设任务分工方案
                一、建设平台
                1.配合市发展改革委做好信用数据整合。（牵头单位：市市场监管局）
                2.建设数据中心。（牵头单位：市工信局，配合单位：市财政局）
                """;
        admin().execute(IMPORT, Map.of("t", text, "id", "unstated-2024"));
        DocumentContext answer = graphql().run("oneSidedCommitments", "documentId", "unstated-2024");
        assertThat(answer.<List<String>>read("$.data.oneSidedCommitments[*].kind")).containsExactly("UNSTATED");
        assertThat(answer.<List<String>>read("$.data.oneSidedCommitments[*].named.name")).containsExactly("市发展改革委");
        assertThat(answer.<String>read("$.data.oneSidedCommitments[0].reason"))
                .contains("一/1 names 市发展改革委 LEAD in its text").contains("it lists 市市场监管局 to lead");
    }

    @Test
    void the_department_lookup_resolves_a_line_of_work_as_the_parser_does() {
        imported("seed-variants-2022.txt", "variants-2022");
        DocumentContext answer = graphql().execute(
                "{ department(name: \"工信部门\", documentId: \"variants-2022\") { name } }", Map.of());
        assertThat(answer.<String>read("$.data.department.name")).isEqualTo("区工业和信息化局");
        DocumentContext full = graphql().execute(
                "{ department(name: \"工业和信息化部门\", documentId: \"variants-2022\") { name } }", Map.of());
        assertThat(full.<String>read("$.data.department.name")).isEqualTo("区工业和信息化局");
    }

    @Test
    void a_text_mostly_left_unread_is_refused_with_the_reason_and_the_preview_says_so() {
        StringBuilder prose = new StringBuilder("关于加强安全生产工作的实施意见\n一、总体要求\n");
        for (int i = 0; i < 40; i++) {
            prose.append("坚持人民至上、生命至上，统筹发展和安全，全面落实安全生产责任制，推动各项措施落地见效。\n");
        }
        prose.append("二、重点任务\n1.开展排查。（区应急管理局负责）\n");
        DocumentContext preview = graphql().execute("query($t: String!) { previewDocument(text: $t) { id } }",
                Map.of("t", prose.toString()));
        assertThat(preview.<String>read("$.errors[0].message")).contains("could be read into tasks");
        DocumentContext answer = admin().execute(IMPORT, Map.of("t", prose.toString(), "id", "unread-2024"));
        assertThat(answer.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
        assertThat(graphql().execute("{ document(id: \"unread-2024\") { id } }", Map.of()).<Object>read("$.data.document")).isNull();
    }

    @Test
    void the_preview_reports_layout_coverage_and_tasks_with_departments() {
        DocumentContext preview = graphql().execute("""
                query($t: String!) { previewDocument(text: $t) { layout coverage taskCount tasksWithRoles sectionCount } }""",
                Map.of("t", TestDocuments.text("family/role-lines-2023.txt")));
        assertThat(preview.<String>read("$.data.previewDocument.layout")).isEqualTo("ROLE_LINES");
        assertThat(preview.<Integer>read("$.data.previewDocument.taskCount")).isEqualTo(4);
        assertThat(preview.<Integer>read("$.data.previewDocument.tasksWithRoles")).isEqualTo(4);
        assertThat(preview.<Integer>read("$.data.previewDocument.sectionCount")).isEqualTo(2);
    }

    @Test
    void the_genre_vocabulary_is_served_for_clients() {
        DocumentContext genre = graphql().execute("{ genre { roleWords { word kind effect } scopeWords levelWords } }", Map.of());
        assertThat(genre.<List<String>>read("$.data.genre.roleWords[?(@.kind == 'RUNNING_TEXT')].word"))
                .containsExactlyInAnyOrder("会同", "协同", "配合", "协助", "参与", "牵头");
        assertThat(genre.<List<String>>read("$.data.genre.roleWords[?(@.word == '牵头单位')].effect")).containsExactly("LEADS");
        assertThat(genre.<List<String>>read("$.data.genre.scopeWords")).contains("全区", "全市", "辖区内");
    }
}
