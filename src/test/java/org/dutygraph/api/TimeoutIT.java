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

/**
 * A request that runs past dutygraph.graphql.timeout is answered with a GraphQL error, not left hanging; the admin
 * token's holder has dutygraph.graphql.admin-timeout instead (an import of thousands of tasks).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dutygraph.graphql.timeout=1ms", "dutygraph.graphql.admin-timeout=60s", "dutygraph.admin-token=timeout-token"})
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

    @Test
    void the_admin_token_s_holder_has_the_longer_timeout_and_a_wrong_token_does_not() {
        importer.importText(org.dutygraph.document.SeedDocument.text(), "zhonglou-2021");
        String query = "{ duplicateTasks(documentId: \"zhonglou-2021\") { id } }";

        DocumentContext admin = GraphQlHttp.on(port).withToken("timeout-token").execute(query, Map.of());
        DocumentContext wrong = GraphQlHttp.on(port).withToken("guess").execute(query, Map.of());

        assertThat(admin.<Map<String, Object>>read("$")).as(admin.jsonString()).doesNotContainKey("errors");
        assertThat(admin.<java.util.List<String>>read("$.data.duplicateTasks[*].id"))
                .contains("zhonglou-2021/区工信局/1", "zhonglou-2021/区发改局/3");
        assertThat(wrong.<String>read("$.errors[0].message")).isEqualTo("the request took longer than 1 ms and was abandoned");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext server;

    @Test
    void the_container_answers_no_earlier_than_spring_mvc_s_async_timeout_which_outlasts_the_admin_timeout() {
        // Tomcat's own async timeout (30 s) used to answer a long import with a bare 503 before any GraphQL timeout.
        var tomcat = (org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer();
        java.time.Duration mvc = server.getEnvironment().getProperty("spring.mvc.async.request-timeout", java.time.Duration.class);
        assertThat(tomcat.getTomcat().getConnector().getAsyncTimeout()).isEqualTo(mvc.toMillis());
        assertThat(mvc).isGreaterThan(java.time.Duration.ofSeconds(110)); // the default admin timeout
    }
}
