package org.dutygraph.support;

import java.net.URI;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-process Neo4j (neo4j-harness) shared by all tests of the JVM, standing in for an external
 * server. Started on first use, stopped by a JVM shutdown hook (after the tests, when Spring's cached
 * contexts are closed too). Tests sharing it must not depend on an empty database: use own ids.
 *
 * <p>Typical use: {@code @DynamicPropertySource static void neo4j(DynamicPropertyRegistry r) {
 * Neo4jHarness.register(r); }}
 */
public final class Neo4jHarness {

    private Neo4jHarness() {
    }

    /** The shared instance, started on first call. */
    public static Neo4j get() {
        return Holder.NEO4J;
    }

    public static URI boltUri() {
        return get().boltURI();
    }

    /** Points the application at the harness: external mode, no embedded database. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> boltUri().toString());
    }

    /** Runs a test-only query from src/test/resources/cypher/test/ directly on the harness. */
    public static java.util.List<java.util.Map<String, Object>> query(String name, java.util.Map<String, Object> parameters) {
        String text;
        try (var in = Neo4jHarness.class.getResourceAsStream("/cypher/test/" + name + ".cypher")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read cypher/test/" + name + ".cypher", e);
        }
        String statement = org.dutygraph.cypher.CypherScript.statements(text).getFirst();
        return get().defaultDatabaseService().executeTransactionally(statement, parameters,
                result -> result.stream().<java.util.Map<String, Object>>map(java.util.HashMap::new).toList());
    }

    /** Lazy, thread-safe initialisation by the JVM's class loading. */
    private static final class Holder {
        static final Neo4j NEO4J = start();

        private static Neo4j start() {
            Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "neo4j-harness-shutdown"));
            return neo4j;
        }
    }
}
