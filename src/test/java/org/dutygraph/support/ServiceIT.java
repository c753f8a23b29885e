package org.dutygraph.support;

import org.dutygraph.cypher.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

/**
 * Base of the end-to-end tests: the whole service on a random port, talking to the shared neo4j-harness as to an
 * external server, with an admin token configured. Subclasses share one cached context; each test class starts from
 * an empty store with the seed imported, and tests that import documents use their own ids so they do not disturb
 * each other within a class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dutygraph.admin-token=" + ServiceIT.ADMIN_TOKEN)
@org.springframework.context.annotation.Import(StatementRecorder.class)
public abstract class ServiceIT {

    public static final String ADMIN_TOKEN = "test-admin-token";
    public static final String SEED = "zhonglou-2021";

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jHarness.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    private org.dutygraph.document.DocumentImporter importer;

    /** The test class the store was last emptied for. */
    private static Class<?> cleanedFor;

    /**
     * A clean database per test class: the first test of each class empties the store, whatever an earlier class
     * imported, so no test depends on the order classes run in ("the latest document" is the one this class
     * imported last). Then the seed under its id; re-importing the same text writes nothing.
     */
    @org.junit.jupiter.api.BeforeEach
    void seed() {
        Class<?> testClass = getClass();
        while (testClass.getEnclosingClass() != null) {
            testClass = testClass.getEnclosingClass();
        }
        if (cleanedFor != testClass) {
            try (var session = driver.session()) {
                session.run(cypher.get("test/delete-everything")).consume();
            }
            cleanedFor = testClass;
        }
        importer.importText(org.dutygraph.document.SeedDocument.text(), SEED);
    }

    @Autowired
    protected Driver driver;

    /** The named statements the service runs during a piece of a test. */
    @Autowired
    protected StatementRecorder statements;

    @Autowired
    protected CypherQueries cypher;

    /**
     * The framework's tester over HTTP against the running service: {@code documentName("overlap")} runs
     * {@code graphql-test/overlap.graphql}; a response with errors the test does not expect fails it.
     */
    protected org.springframework.graphql.test.tester.HttpGraphQlTester tester() {
        return org.springframework.graphql.test.tester.HttpGraphQlTester.create(
                org.springframework.test.web.reactive.server.WebTestClient
                        .bindToServer(new org.springframework.http.client.reactive.JdkClientHttpConnector())
                        // the first request of a class may compile much of the service on a busy 2-core machine
                        .responseTimeout(java.time.Duration.ofSeconds(30))
                        .baseUrl("http://localhost:" + port + "/graphql").build());
    }

    protected GraphQlHttp graphql() {
        return GraphQlHttp.on(port);
    }

    protected GraphQlHttp admin() {
        return GraphQlHttp.on(port).withToken(ADMIN_TOKEN);
    }

    /** Runs a test-only query from src/test/resources/cypher/test/. */
    protected List<Record> query(String name, Map<String, Object> parameters) {
        return driver.executableQuery(cypher.get("test/" + name)).withParameters(parameters).execute().records();
    }

    protected long[] graphSize() {
        Record row = query("count-graph", Map.of()).getFirst();
        return new long[]{row.get("nodes").asLong(), row.get("relationships").asLong()};
    }

    /** One query asking the seed's bottlenecks {@code n} times under aliases b0 … : an attacker's cheap way to load. */
    protected static String bottlenecksAliased(int n) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            query.append(" b").append(i).append(": bottlenecks(documentId: \"").append(SEED).append("\") { score }");
        }
        return query.append(" }").toString();
    }
}
