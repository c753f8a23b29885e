package org.dutygraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Checks that the schema of cypher/schema/ is in place, given the rows of the admin/list-* queries. */
public final class SchemaAssertions {

    public static final List<String> CONSTRAINTS =
            List.of("deadline_id", "department_id", "document_id", "target_id", "task_id");

    private SchemaAssertions() {
    }

    public static void assertSchemaApplied(List<Map<String, Object>> constraints, List<Map<String, Object>> indexes) {
        assertThat(constraints).extracting(row -> row.get("name")).containsAll(CONSTRAINTS);
        assertThat(constraints).filteredOn(row -> CONSTRAINTS.contains(row.get("name")))
                .allSatisfy(row -> assertThat(row.get("type")).isEqualTo("UNIQUENESS"));

        var taskText = indexes.stream().filter(row -> "task_text".equals(row.get("name"))).findFirst();
        assertThat(taskText).as("full-text index task_text").isPresent();
        assertThat(taskText.get().get("type")).isEqualTo("FULLTEXT");
        assertThat(taskText.get().get("labelsOrTypes")).isEqualTo(List.of("Task"));
        assertThat(taskText.get().get("properties")).isEqualTo(List.of("text"));
        @SuppressWarnings("unchecked")
        var options = (Map<String, Object>) taskText.get().get("options");
        @SuppressWarnings("unchecked")
        var indexConfig = (Map<String, Object>) options.get("indexConfig");
        assertThat(indexConfig).containsEntry("fulltext.analyzer", "cjk");
    }
}
