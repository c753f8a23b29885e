package org.dutygraph.document;

import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each department carries in each document is stored at import (DocumentSummaries) and read by the analyses over
 * many documents; these tests hold the stored figures to the role edges they summarise, computed afresh by
 * independent statements ({@code cypher/test/summary-from-role-edges}, {@code shared-from-role-edges}), on every test
 * document of every layout, after a changed version replaces a document, and on a store from before summaries.
 */
@DisplayName("Stored summaries of what each department carries")
class DocumentSummariesIT extends ServiceIT {

    static final List<String> DOCUMENTS = List.of("changzhou-2021.txt", "tianning-2023.txt", "bridge-2024.txt",
            "twins-2024.txt", "family/national-2022.txt", "lineage/national-2024.txt", "lineage/jiangsu-2024.txt",
            "lineage/suzhou-2024.txt", "lineage/wuzhong-2024.txt", "portfolio/national-2023.txt",
            "portfolio/province-2023.txt", "portfolio/city-2023.txt", "portfolio/district-2023a.txt",
            "portfolio/district-2023b.txt", "portfolio/district-2024.txt");

    @Autowired
    DocumentImporter importer;

    @Autowired
    DocumentSummaries summaries;

    final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeEach
    void documents() {
        for (String name : DOCUMENTS) {
            ids.put(name, importer.importText(TestDocuments.text(name), null).documentId());
        }
    }

    @Test
    void every_departments_stored_figures_in_every_document_are_what_its_role_edges_say() {
        List<Map<String, Object>> stored = rows("stored-summaries");
        assertThat(stored.stream().map(r -> r.get("documentId")).distinct().toList()).as("every document is summarised")
                .containsExactlyInAnyOrderElementsOf(everyDocument());
        assertThat(stored).isEqualTo(rows("summary-from-role-edges"));
        assertThat(rows("stored-shared")).as("the SHARED links").isNotEmpty().isEqualTo(rows("shared-from-role-edges"));
        assertThat(summaries.stale()).as("every document carries the current summary version").isEmpty();
    }

    @Test
    void the_seeds_industry_bureau_leads_joins_and_supports_and_four_departments_wait_on_it() {
        Map<String, Object> industry = seedRow(rows("stored-summaries"), "常州市钟楼区/区工信局");
        assertThat(industry).containsEntry("leads", 5L).containsEntry("joints", 6L)
                .containsEntry("boilerplateLeads", 2L).containsEntry("boilerplateTasks", 2L)
                .containsEntry("targets", 10L).containsEntry("deadlines", 5L).containsEntry("datedDeadlines", 5L)
                .containsEntry("dependents", List.of("常州市钟楼区/区发改局", "常州市钟楼区/区市场监管局",
                        "常州市钟楼区/区应急管理局", "常州市钟楼区/钟楼生态环境局"));
        assertThat(industry).isEqualTo(seedRow(rows("summary-from-role-edges"), "常州市钟楼区/区工信局"));
    }

    private static Map<String, Object> seedRow(List<Map<String, Object>> rows, String departmentId) {
        return rows.stream().filter(r -> r.get("documentId").equals(SEED) && r.get("departmentId").equals(departmentId))
                .findFirst().orElseThrow();
    }

    @Test
    void a_changed_version_replaces_its_summary_and_its_shared_links() {
        importer.importText(TestDocuments.text("twins-changed-2024.txt"), ids.get("twins-2024.txt"));
        assertThat(rows("stored-summaries")).isEqualTo(rows("summary-from-role-edges"));
        assertThat(rows("stored-shared")).isEqualTo(rows("shared-from-role-edges"));
    }

    @Test
    void twenty_imports_at_once_of_documents_sharing_departments_leave_every_summary_true() throws Exception {
        // a busy office: the 武进区 documents and a changed twin re-imported by twenty callers at once; each import
        // rewrites SHARED links on departments other imports are writing too
        List<String> names = List.of("portfolio/district-2023a.txt", "portfolio/district-2023b.txt",
                "portfolio/district-2024.txt", "twins-changed-2024.txt", "twins-2024.txt");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(20)) {
            List<java.util.concurrent.Future<ImportResult>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String name = names.get(i % names.size());
                String id = name.startsWith("twins") ? ids.get("twins-2024.txt") : ids.get(name);
                calls.add(pool.submit(() -> importer.importText(TestDocuments.text(name), id)));
            }
            for (var call : calls) {
                assertThat(call.get().documentId()).isNotBlank();
            }
        }
        assertThat(rows("stored-summaries")).isEqualTo(rows("summary-from-role-edges"));
        assertThat(rows("stored-shared")).isEqualTo(rows("shared-from-role-edges"));
    }

    @Test
    void a_store_from_before_summaries_is_summarised_at_the_next_start_and_answers_as_before() {
        Map<String, Object> scope = Map.of("documentIds", List.of(SEED, ids.get("portfolio/district-2023a.txt")));
        String query = "query($scope: Scope) { loadBalance(scope: $scope) { departments { department { id } leads joints supports "
                + "boilerplateSkipped targets deadlines score } } bottlenecks(scope: $scope, limit: 5) { department { id } score dependents "
                + "datedDeadlines claims { task { id } role } } }";
        String before = graphql().execute(query, Map.of("scope", scope)).jsonString();
        List<Map<String, Object>> expected = rows("stored-summaries");

        long documents = query("forget-summaries", Map.of()).getFirst().get("documents").asLong();
        assertThat(summaries.stale()).as("every document, by id").hasSize((int) documents)
                .containsExactlyInAnyOrderElementsOf(everyDocument());
        assertThat(rows("stored-shared")).isEmpty();

        summaries.run(null);

        assertThat(summaries.stale()).isEmpty();
        assertThat(rows("stored-summaries")).isEqualTo(expected);
        assertThat(rows("stored-shared")).isEqualTo(rows("shared-from-role-edges"));
        assertThat(graphql().execute(query, Map.of("scope", scope)).jsonString()).isEqualTo(before);
    }

    /** The ids of every document in the store: the seed and those imported before each test. */
    private List<String> everyDocument() {
        return java.util.stream.Stream.concat(ids.values().stream(), java.util.stream.Stream.of(SEED)).distinct().toList();
    }

    private List<Map<String, Object>> rows(String name) {
        return query(name, Map.of()).stream().map(Record::asMap).toList();
    }
}
