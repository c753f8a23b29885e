package org.dutygraph.api;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.support.GraphQlHttp;
import org.dutygraph.support.Neo4jHarness;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that runs past dutygraph.graphql.timeout is answered with a GraphQL error, not left hanging. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dutygraph.graphql.timeout=1ms")
class TimeoutIT {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jHarness.register(registry);
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.dutygraph.document.DocumentImporter importer;

    @Test
    void a_request_past_the_timeout_gets_a_graphql_error() {
        importer.importText(org.dutygraph.document.SeedDocument.text(), "zhonglou-2021");
        DocumentContext answer = GraphQlHttp.on(port).execute(
                "{ duplicateTasks(documentId: \"zhonglou-2021\") { id tasks { text participants { evidence } } } }", Map.of());
        assertThat(answer.<String>read("$.errors[0].message")).isEqualTo("the request took longer than 1 ms and was abandoned");
        assertThat(answer.<Integer>read("$.errors[0].extensions.timeoutMillis")).isEqualTo(1);
    }
}
