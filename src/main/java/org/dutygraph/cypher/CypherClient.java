package org.dutygraph.cypher;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the project's named Cypher files ({@link CypherQueries}) through Spring Data Neo4j's client, so they join the
 * current transaction when there is one (an analysis's read transaction, an import's write transaction):
 * {@code rows("analysis/department-load", params)}. Rows come back as {@link Row}s, so no driver type leaves this
 * package.
 */
@Component
public class CypherClient {

    private final Neo4jClient neo4j;
    private final CypherQueries queries;
    private final ObjectProvider<StatementListener> listeners;
    private final Driver driver;

    public CypherClient(Neo4jClient neo4j, CypherQueries queries, ObjectProvider<StatementListener> listeners,
                        Driver driver) {
        this.neo4j = neo4j;
        this.queries = queries;
        this.listeners = listeners;
        this.driver = driver;
    }

    /** Every row of the query {@code cypher/<name>.cypher}. */
    public List<Row> rows(String name, Map<String, ?> parameters) {
        String statement = statement(name);
        return List.copyOf(neo4j.query(statement).bindAll(new HashMap<>(parameters)).fetchAs(Row.class)
                .mappedBy((types, record) -> new Row(record)).all());
    }

    /** The first row of {@code cypher/<name>.cypher}, for a query that always returns one. */
    public Row row(String name, Map<String, ?> parameters) {
        return rows(name, parameters).getFirst();
    }

    /** Runs {@code cypher/<name>.cypher} for its effect. */
    public void run(String name, Map<String, ?> parameters) {
        neo4j.query(statement(name)).bindAll(new HashMap<>(parameters)).run();
    }

    private String statement(String name) {
        String statement = queries.get(name);
        listeners.forEach(listener -> listener.ran(name, transaction(),
                TransactionSynchronizationManager.isCurrentTransactionReadOnly()));
        return statement;
    }

    /** The Spring-managed transaction the statement joins (what Neo4j's transaction manager binds to the driver), or null. */
    private Object transaction() {
        return TransactionSynchronizationManager.getResource(driver);
    }
}
