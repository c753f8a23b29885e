package org.dutygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.support.HttpJson;
import org.dutygraph.support.Neo4jHarness;
import org.dutygraph.support.SchemaAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Result;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** External mode: spring.neo4j.uri points at the shared neo4j-harness instance. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HarnessDatabaseIT {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jHarness.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    CypherQueries queries;

    @Value("${local.server.port}")
    int port;

    @Test
    void usesTheExternalServerAndStartsNoEmbeddedDatabase() {
        assertThat(context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
        var endpoint = context.getBean(DatabaseEndpoint.class);
        assertThat(endpoint.embedded()).isFalse();
        assertThat(endpoint.boltUri()).isEqualTo(Neo4jHarness.boltUri());
    }

    @Test
    void appliesTheSchemaToTheExternalServer() {
        // Read through the harness's own API, not the application's driver.
        SchemaAssertions.assertSchemaApplied(
                harnessRows(queries.get("admin/list-constraints")),
                harnessRows(queries.get("admin/list-indexes")));
    }

    @Test
    void healthShowsNeo4jUp() {
        var health = HttpJson.get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.components.neo4j.status")).isEqualTo("UP");
    }

    private static List<Map<String, Object>> harnessRows(String query) {
        return Neo4jHarness.get().defaultDatabaseService().executeTransactionally(query, Map.of(),
                HarnessDatabaseIT::toRows);
    }

    private static List<Map<String, Object>> toRows(Result result) {
        // HashMap, not Map.copyOf: some columns are null (e.g. options of token lookup indexes).
        return result.stream().<Map<String, Object>>map(HashMap::new).toList();
    }
}
