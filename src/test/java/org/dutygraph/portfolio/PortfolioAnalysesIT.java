package org.dutygraph.portfolio;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.HttpJson;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.CITY;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2023A;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2023B;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2024;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.NATIONAL;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.PROVINCE;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.WUJIN;

/**
 * The analyses over a scope, on the portfolio of {@link PortfolioDocumentsIT} (its javadoc lists every fact used here):
 * the answers that exist only when documents are put together — a department's load summed over two documents, a cut
 * point neither document has alone, a duplicate assigned by two documents in force at once, a target the city and the
 * district set differently, and a department's load and roles from one year to the next. Over real HTTP GraphQL.
 */
@DisplayName("Analyses across documents: the portfolio")
class PortfolioAnalysesIT extends ServiceIT {

    static final Map<String, Object> WUJIN_2023 = Map.of("jurisdiction", "常州市武进区", "year", 2023);

    @Autowired
    DocumentImporter importer;

    @BeforeEach
    void documents() {
        PortfolioDocumentsIT.importAll(importer);
    }

    static Map<String, Object> documents(String... ids) {
        return Map.of("documentIds", List.of(ids));
    }

    @Test
    void the_levels_above_a_district_reach_its_province_through_its_citys_documents() {
        assertThat(tester().documentName("portfolio/documentsInScope")
                .variable("scope", Map.of("jurisdiction", "常州市武进区", "withLevelsAbove", true, "inForceOn", "2023-06-01"))
                .execute().path("documentsInScope[*].id").entityList(String.class).get())
                .as("the district's documents name only their city; the city's names 江苏省")
                .containsExactlyInAnyOrder(DISTRICT_2023A, DISTRICT_2023B, CITY, PROVINCE, NATIONAL);
    }

    @Test
    void a_departments_load_is_summed_over_the_documents_of_its_jurisdiction_in_a_year() {
        var load = tester().documentName("portfolio/loadBalance").variable("scope", WUJIN_2023).execute()
                .path("loadBalance.documents[*].id").entityList(String.class).containsExactly(DISTRICT_2023B, DISTRICT_2023A)
                .path("loadBalance.departments[?(@.department.id == '" + WUJIN + "区工信局')]").entityList(Map.class).get();
        assertThat(load).singleElement().satisfies(industry -> {
            assertThat(industry).containsEntry("leads", 3).containsEntry("joints", 0).containsEntry("supports", 1)
                    .containsEntry("score", 3.5).containsEntry("flag", "OVERLOADED");
            assertThat(industry.get("documents")).isEqualTo(List.of(
                    Map.of("document", Map.of("id", DISTRICT_2023A), "leads", 2, "joints", 0, "supports", 0, "score", 2.0),
                    Map.of("document", Map.of("id", DISTRICT_2023B), "leads", 1, "joints", 0, "supports", 1, "score", 1.5)));
        });
    }

    @Test
    void a_cut_point_exists_only_when_the_two_documents_are_combined() {
        assertThat(cutPoints(documents(DISTRICT_2023A))).as("2023a alone: 区发改局–区财政局").isEmpty();
        assertThat(cutPoints(documents(DISTRICT_2023B))).as("2023b alone: a triangle").isEmpty();
        assertThat(cutPoints(WUJIN_2023)).as("together 区财政局 joins the two").containsExactly(WUJIN + "区财政局");
        assertThat(tester().documentName("portfolio/collaborationGraph").variable("scope", WUJIN_2023).execute()
                .path("collaborationGraph.nodes[?(@.data.articulationPoint == true)].id").entityList(String.class).get())
                .as("the graph drawn over both marks the same node").containsExactly(WUJIN + "区财政局");
    }

    private List<String> cutPoints(Map<String, Object> scope) {
        return tester().documentName("portfolio/bottlenecks").variable("scope", scope).execute()
                .path("bottlenecks[?(@.articulationPoint == true)].department.id").entityList(String.class).get();
    }

    @Test
    void work_assigned_by_two_documents_in_force_at_once_is_a_duplicate_across_them() {
        var groups = tester().documentName("portfolio/duplicateTasks").variable("scope", WUJIN_2023).execute()
                .path("duplicateTasks").entityList(Map.class).get();
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.get("tasks")).isEqualTo(List.of(
                    Map.of("id", DISTRICT_2023A + "/一/2", "document", Map.of("id", DISTRICT_2023A),
                            "owners", List.of(Map.of("id", WUJIN + "区工信局"))),
                    Map.of("id", DISTRICT_2023B + "/一/(一)", "document", Map.of("id", DISTRICT_2023B),
                            "owners", List.of(Map.of("id", WUJIN + "区科技局")))));
            assertThat(group).containsEntry("kind", "NEAR_IDENTICAL");
        });
        assertThat(tester().documentName("portfolio/duplicateTasks").variable("scope", documents(DISTRICT_2023A)).execute()
                .path("duplicateTasks").entityList(Map.class).get()).as("one document alone has none").isEmpty();
    }

    @Test
    void a_governments_documents_are_compared_once_when_the_second_arrives_and_again_when_one_changes() {
        List<String> before = similar(DISTRICT_2023A, DISTRICT_2023B);
        assertThat(before).filteredOn(pair -> pair.endsWith(" strong"))
                .containsExactly(DISTRICT_2023A + "/一/2 " + DISTRICT_2023B + "/一/(一) strong");
        assertThat(similar(CITY, DISTRICT_2023A)).as("another government's document is no sibling").isEmpty();
        importer.importText(TestDocuments.text("portfolio/district-2023b.txt").replace("全年引进数字经济项目20个", "全年引进数字经济项目25个"), DISTRICT_2023B);
        assertThat(similar(DISTRICT_2023A, DISTRICT_2023B)).as("the changed document's pairs made again, not doubled")
                .isEqualTo(before);
        PortfolioDocumentsIT.importAll(importer); // the documents as written, for the other tests
    }

    private List<String> similar(String a, String b) {
        return query("similar-between-documents", Map.of("a", a, "b", b)).stream()
                .map(r -> r.get("a").asString() + " " + r.get("b").asString() + (r.get("score").asDouble() >= 0.5 ? " strong" : " weak"))
                .toList();
    }

    @Test
    void a_task_carried_down_a_level_is_lineage_not_a_duplicate() {
        assertThat(tester().documentName("portfolio/duplicateTasks").variable("scope", documents(CITY, DISTRICT_2023A))
                .execute().path("duplicateTasks").entityList(Map.class).get())
                .as("2023a 一/1 derives from the city's 二/3").isEmpty();
    }

    @Test
    void a_target_the_city_and_the_district_set_differently_is_a_disagreement_between_levels() {
        var shared = tester().documentName("portfolio/sharedTargets")
                .variable("scope", Map.of("jurisdiction", "常州市武进区", "withLevelsAbove", true, "inForceOn", "2023-06-01"))
                .execute().path("sharedTargets[?(@.unit == '个')]").entityList(Map.class).get();
        assertThat(shared).singleElement().satisfies(group -> {
            assertThat(group).containsEntry("consistent", false);
            assertThat(group.get("targets")).isEqualTo(List.of(
                    Map.of("value", 24.0, "raw", raw(CITY), "task", Map.of("id", CITY + "/二/3", "document", Map.of("id", CITY))),
                    Map.of("value", 18.0, "raw", raw(DISTRICT_2023A), "task",
                            Map.of("id", DISTRICT_2023A + "/一/1", "document", Map.of("id", DISTRICT_2023A)))));
            assertThat(group.get("departments")).isEqualTo(List.of(Map.of("id", "常州市/市工信局"), Map.of("id", WUJIN + "区工信局")));
            assertThat((List<String>) group.get("disagreements")).singleElement().asString()
                    .startsWith("values differ: 24个 in " + CITY + " 二/3; 18个 in " + DISTRICT_2023A + " 一/1");
        });
    }

    private String raw(String documentId) {
        return tester().document("{ sharedTargets(scope: {documentIds: [\"" + CITY + "\", \"" + DISTRICT_2023A + "\"]}) "
                        + "{ targets { raw task { document { id } } } } }").execute()
                .path("sharedTargets[*].targets[?(@.task.document.id == '" + documentId + "')].raw")
                .entityList(String.class).get().getFirst();
    }

    @Test
    void a_departments_load_and_roles_change_from_one_year_to_the_next() {
        var years = tester().documentName("portfolio/loadOverYears")
                .variable("department", "区财政局").variable("scope", Map.of("jurisdiction", "常州市武进区")).execute()
                .path("loadOverYears").entityList(Map.class).get();
        assertThat(years).extracting(y -> y.get("year"), y -> y.get("leads"), y -> y.get("supports"), y -> y.get("score"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, 1, 1, 1.5),
                        org.assertj.core.groups.Tuple.tuple(2024, 1, 0, 1.0));
        assertThat(years.get(1)).containsEntry("previousYear", 2023).containsEntry("scoreChange", -0.5)
                .containsEntry("changes", List.of("supports 0 task(s), down from 1 in 2023"));

        var carried = tester().documentName("portfolio/compareScopes")
                .variable("before", documents(DISTRICT_2023A))
                .variable("after", Map.of("jurisdiction", "常州市武进区", "year", 2024)).execute()
                .path("compareDocuments.after[*].id").entityList(String.class).containsExactly(DISTRICT_2024)
                .path("compareDocuments.carriedOver[?(@.before.id == '" + DISTRICT_2023A + "/二/3')]")
                .entityList(Map.class).get();
        assertThat(carried).singleElement().satisfies(change -> {
            assertThat(change.get("after")).isEqualTo(Map.of("id", DISTRICT_2024 + "/二/4"));
            assertThat(change.get("roles")).isEqualTo(List.of("区财政局 SUPPORT →", "→ 区财政局 LEAD"));
        });
    }

    @Test
    void a_national_task_the_province_dropped_never_reaches_the_city_or_the_district() {
        var below = tester().documentName("lineage/documentLineage").variable("id", NATIONAL).execute()
                .path("document.lineage").entityList(Map.class).get();
        assertThat(below).extracting(l -> ((Map<?, ?>) l.get("document")).get("id"), l -> l.get("distance"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PROVINCE, 1), org.assertj.core.groups.Tuple.tuple(CITY, 2),
                        org.assertj.core.groups.Tuple.tuple(DISTRICT_2023A, 3));
        assertThat(below).allSatisfy(level -> assertThat((List<Object>) level.get("dropped"))
                .contains((Object) Map.of("id", NATIONAL + "/三/(三)")));
        assertThat(below.get(0).get("dropped")).as("the province carries the other two")
                .isEqualTo(List.of(Map.of("id", NATIONAL + "/三/(三)")));
        assertThat(below.get(0).get("droppedCount")).isEqualTo(1);
        assertThat(below.get(1).get("dropped")).as("the city drops the province's 二/(二), copied from 二/(二)")
                .isEqualTo(List.of(Map.of("id", NATIONAL + "/二/(二)"), Map.of("id", NATIONAL + "/三/(三)")));
        assertThat(below.get(2).get("dropped")).as("the district copies only the city's own task").isEqualTo(List.of(
                Map.of("id", NATIONAL + "/一/(一)"), Map.of("id", NATIONAL + "/二/(二)"), Map.of("id", NATIONAL + "/三/(三)")));
        assertThat(below.get(2).get("droppedCount")).isEqualTo(3);
    }

    @Test
    void a_report_over_a_scope_names_each_tasks_document() {
        String scope = "jurisdiction=" + URLEncoder.encode("常州市武进区", StandardCharsets.UTF_8) + "&year=2023";
        HttpResponse<String> csv = HttpJson.get(port, "/reports/duplicates.csv?" + scope);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("portfolio-duplicates.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFdocument,group,kind,similarity,clause,text,differences,inconsistencies");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(0, line.indexOf(",1,NEAR_IDENTICAL,")))
                .containsExactly(DISTRICT_2023A, DISTRICT_2023B);
        HttpResponse<String> md = HttpJson.get(port, "/reports/load.md?" + scope);
        assertThat(md.body()).startsWith("# Load balance of 2 documents (jurisdiction 常州市武进区, year 2023)")
                .contains("| 区工信局 | 3 | 0 | 1 |");
        assertThat(HttpJson.get(port, "/reports/load.csv?jurisdiction=nowhere").statusCode()).isEqualTo(400);
    }
}
