package org.dutygraph.portfolio;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope argument every analysis takes, on the seed (钟楼区 2021) and its city's document (常州市 2021): a scope of
 * one document answers as its documentId does, a department is external only where every document covered says so,
 * and a scope that says two things or selects nothing is refused with a message naming it.
 */
@DisplayName("The scope argument of the analyses")
class ScopeArgumentIT extends ServiceIT {

    static final String CITY = "changzhou-2021";

    @Autowired
    DocumentImporter importer;

    @BeforeEach
    void documents() {
        importer.importText(TestDocuments.text("changzhou-2021.txt"), CITY);
    }

    @Test
    void a_scope_listing_one_document_answers_exactly_as_its_document_id() {
        Object byId = tester().document("{ loadBalance(documentId: \"" + SEED + "\") { departments { department { id external } "
                + "leads joints supports score flag explanation } median gini } }").execute().path("loadBalance").entity(Map.class).get();
        Object byScope = tester().document("{ loadBalance(scope: {documentIds: [\"" + SEED + "\"]}) { departments { department "
                + "{ id external } leads joints supports score flag explanation } median gini } }").execute().path("loadBalance")
                .entity(Map.class).get();
        assertThat(byScope).isEqualTo(byId);
        Object bottlenecksById = tester().document("{ bottlenecks(documentId: \"" + SEED + "\") { department { id } score reason } }")
                .execute().path("bottlenecks").entity(List.class).get();
        Object bottlenecksByScope = tester().document("{ bottlenecks(scope: {documentIds: [\"" + SEED + "\"]}) { department { id } score reason } }")
                .execute().path("bottlenecks").entity(List.class).get();
        assertThat(bottlenecksByScope).isEqualTo(bottlenecksById);
    }

    @Test
    void a_city_department_external_to_the_district_is_the_citys_own_over_both_documents() {
        String ecology = "常州市/市生态环境局";
        assertThat(external(List.of(SEED), ecology)).as("in the district's document: another government's").isTrue();
        assertThat(external(List.of(CITY), ecology)).as("in the city's own document").isFalse();
        assertThat(external(List.of(SEED, CITY), ecology)).as("over both: the city's own, judged").isFalse();
        assertThat(external(List.of(SEED), ecology)).as("asked again after: the documents' views, not the last import's")
                .isTrue();
    }

    private boolean external(List<String> documentIds, String departmentId) {
        return tester().documentName("portfolio/loadBalance").variable("scope", Map.of("documentIds", documentIds)).execute()
                .path("loadBalance.departments[?(@.department.id == '" + departmentId + "')].department.external")
                .entityList(Boolean.class).get().getFirst();
    }

    @Test
    void migration_V005_gives_a_store_from_before_each_documents_view_from_its_departments() {
        List<String> before = perspectives();
        assertThat(before).contains(SEED + " 常州市钟楼区/区工信局 false");
        query("forget-involvement-perspective", Map.of());
        assertThat(perspectives()).allMatch(p -> p.endsWith(" null"));
        driver.executableQuery(cypher.get("schema/V005__Involvement_perspective")).execute();
        List<String> migrated = perspectives();
        assertThat(migrated).hasSameSizeAs(before).noneMatch(p -> p.endsWith(" null"))
                .contains(SEED + " 常州市钟楼区/区工信局 false", SEED + " 常州市/市商务局 true")
                .as("the department's last-written flag: the city's import said own").contains(SEED + " 常州市/市生态环境局 false");
        // each document's own view again for the other tests (an unchanged document is not imported twice)
        query("set-involvement-perspectives", Map.of("rows", before.stream().map(p -> p.split(" "))
                .map(p -> Map.of("document", p[0], "department", p[1], "external", Boolean.parseBoolean(p[2]))).toList()));
        assertThat(perspectives()).isEqualTo(before);
    }

    private List<String> perspectives() {
        return query("involvement-perspectives", Map.of()).stream().map(r -> r.get("document").asString() + " "
                + r.get("department").asString() + " " + (r.get("external").isNull() ? "null" : r.get("external").asBoolean()))
                .toList();
    }

    @Test
    void the_city_and_district_documents_sum_in_one_load_with_each_documents_share() {
        var documentsOfIndustry = tester().documentName("portfolio/loadBalance")
                .variable("scope", Map.of("jurisdiction", "常州市钟楼区", "withLevelsAbove", true)).execute()
                .path("loadBalance.documents[*].id").entityList(String.class).containsExactly(CITY, SEED)
                .path("loadBalance.departments[?(@.department.id == '常州市/市工信局')].documents[*].document.id")
                .entityList(String.class).get();
        assertThat(documentsOfIndustry).as("市工信局 has roles in the city's document only").containsExactly(CITY);
    }

    @Test
    void twenty_offices_asking_the_same_scope_at_once_get_the_same_answer_while_a_document_is_imported()
            throws Exception {
        String query = "{ bottlenecks(scope: {jurisdiction: \"常州市钟楼区\", withLevelsAbove: true}, limit: 50) "
                + "{ department { id } score articulationPoint } }";
        Object alone = graphql().execute(query, Map.of()).read("$.data.bottlenecks");
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> graphql().execute(query, Map.of()).read("$.data.bottlenecks"), callers));
            }
            // a document of another jurisdiction imported meanwhile changes nothing these answers cover
            importer.importText(TestDocuments.text("tianning-2023.txt"), "tianning-2023");
            for (CompletableFuture<Object> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
            }
        }
    }

    @Test
    void documentId_and_scope_together_or_a_scope_selecting_nothing_are_refused() {
        tester().document("{ loadBalance(documentId: \"" + SEED + "\", scope: {year: 2021}) { median } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("give documentId or scope, not both")));
        tester().document("{ bottlenecks(scope: {jurisdiction: \"常州市钟楼区\", inForceOn: \"2030-01-01\"}) { rank } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage())
                                .contains("the scope selects no document: jurisdiction 常州市钟楼区, in force on 2030-01-01")));
        tester().document("{ sharedTargets(scope: {documentIds: [\"" + SEED + "\", \"no-such-document\"]}) { subject } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("unknown document(s) in scope.documentIds: 'no-such-document'")));
        tester().documentName("portfolio/loadBalance").variable("scope", Map.of("jurisdiction", "区".repeat(101))).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .contains("jurisdiction is a region's name of at most 100 characters (常州市钟楼区), was 101 characters")));
        List<String> many = java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "unknown-" + i).toList();
        tester().documentName("portfolio/loadBalance").variable("scope", Map.of("documentIds", many)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .endsWith("'unknown-0', 'unknown-1', 'unknown-2', 'unknown-3', 'unknown-4' and 4995 more")));
    }
}
