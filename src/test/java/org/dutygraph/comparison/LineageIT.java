package org.dutygraph.comparison;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.document.SeedDocument;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A district's clauses that copy its city's document are linked to them (DERIVED_FROM), in whichever order they come. */
@DisplayName("Lineage: district clauses derived from the city's document")
class LineageIT extends ServiceIT {

    static final String QUERY = """
            query($id: ID!) { document(id: $id) { derivedFrom { id region } } }""";
    static final String TASK = """
            query($id: ID!) { task(id: $id) { derivedFrom { id owner { name } } } }""";

    @Autowired
    DocumentImporter importer;

    @Test
    void a_city_document_imported_after_its_districts_is_linked_to_their_copies() {
        importer.importText(TestDocuments.text("changzhou-2021.txt"), "changzhou-2021");
        assertThat(graphql().execute(QUERY, Map.of("id", SEED)).<List<String>>read("$.data.document.derivedFrom[*].id"))
                .contains("changzhou-2021");
        assertThat(derived("zhonglou-2021/区工信局/2")).containsExactly("changzhou-2021/市工信局/1");
        assertThat(derived("zhonglou-2021/区市场监管局/2")).containsExactly("changzhou-2021/市工信局/1");
        assertThat(derived("zhonglou-2021/钟楼生态环境局/7")).containsExactly("changzhou-2021/市生态环境局/2");
        assertThat(derived("zhonglou-2021/区教育局/1")).isEmpty(); // the district's own work
    }

    @Test
    void a_district_document_imported_after_its_city_is_linked_too() {
        importer.importText(TestDocuments.text("changzhou-2021.txt"), "changzhou-2021");
        importer.importText(SeedDocument.text().replace("2021年钟楼区深入打好", "2021年钟楼区(修订)深入打好"), "zhonglou-lineage-2021");
        assertThat(derived("zhonglou-lineage-2021/区工信局/2")).containsExactly("changzhou-2021/市工信局/1");
        assertThat(graphql().execute(QUERY, Map.of("id", "changzhou-2021")).<List<Object>>read("$.data.document.derivedFrom")).isEmpty();
    }

    private List<String> derived(String taskId) {
        DocumentContext answer = graphql().execute(TASK, Map.of("id", taskId));
        return answer.read("$.data.task.derivedFrom[*].id");
    }
}
