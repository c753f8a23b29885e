package org.dutygraph.cypher;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the project's named Cypher files ({@link CypherQueries}) through Spring Data Neo4j's client, so they join the
 * current transaction when there is one: {@code rows("analysis/department-load", params)}.
 */
@Component
public class CypherClient {

    private final Neo4jClient neo4j;
    private final CypherQueries queries;

    public CypherClient(Neo4jClient neo4j, CypherQueries queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    /** Every row of the query {@code cypher/<name>.cypher}. */
    public List<Record> rows(String name, Map<String, ?> parameters) {
        return List.copyOf(neo4j.query(queries.get(name)).bindAll(new HashMap<>(parameters)).fetchAs(Record.class)
                .mappedBy((types, record) -> record).all());
    }

    /** Runs {@code cypher/<name>.cypher} for its effect. */
    public void run(String name, Map<String, ?> parameters) {
        neo4j.query(queries.get(name)).bindAll(new HashMap<>(parameters)).run();
    }
}
