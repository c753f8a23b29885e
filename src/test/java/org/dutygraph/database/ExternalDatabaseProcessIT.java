package org.dutygraph.database;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.dutygraph.support.GraphQlHttp;
import org.dutygraph.support.HttpJson;
import org.dutygraph.support.Neo4jHarness;
import org.dutygraph.support.ServiceProcess;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as an operator runs it against a server of their own: a separate process configured only through the
 * environment (SPRING_NEO4J_URI), talking to a Neo4j on its own Bolt port (the harness, standing in for a real server).
 */
@DisplayName("External database through SPRING_NEO4J_URI")
class ExternalDatabaseProcessIT {

    @TempDir
    Path dir;

    @Test
    void a_process_configured_by_the_environment_uses_that_server_and_starts_no_embedded_one() throws Exception {
        Path unusedStore = dir.resolve("must-stay-empty");
        try (ServiceProcess service = ServiceProcess.start(
                Map.of("SPRING_NEO4J_URI", Neo4jHarness.boltUri().toString(), "DUTYGRAPH_ADMIN_TOKEN", "env-token",
                        "DUTYGRAPH_DATA_DIR", unusedStore.toString()),
                List.of(), dir.resolve("service.log"))) {
            String health = HttpJson.get(service.port(), "/actuator/health").body();
            assertThat(JsonPath.<String>read(health, "$.components.neo4j.status")).isEqualTo("UP");

            DocumentContext imported = GraphQlHttp.on(service.port()).withToken("env-token").execute(
                    "mutation($t: String!) { importDocument(text: $t, id: \"external-2023\") { taskCount } }",
                    Map.of("t", TestDocuments.text("tianning-2023.txt")));
            assertThat(imported.<Integer>read("$.data.importDocument.taskCount")).isEqualTo(5);
        }
        // Written to the harness, read back through the harness's own API; no embedded store was created.
        assertThat(Neo4jHarness.query("count-document-tasks", Map.of("id", "external-2023")).getFirst().get("count")).isEqualTo(5L);
        assertThat(Files.exists(unusedStore)).isFalse();
    }
}
