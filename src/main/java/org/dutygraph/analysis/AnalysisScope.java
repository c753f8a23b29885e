package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.document.DocumentRepository;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which document an analysis covers: the one asked for, or the most recently imported. */
@Component
public class AnalysisScope {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;
    private final DocumentRepository documents;

    AnalysisScope(Neo4jClient neo4j, CypherQueries cypher, DocumentRepository documents) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.documents = documents;
    }

    public String documentId(String requested) {
        if (requested != null) {
            if (documents.byId(requested).isEmpty()) {
                throw new IllegalArgumentException("unknown document '" + requested + "'");
            }
            return requested;
        }
        return neo4j.query(cypher.get("analysis/latest-document")).fetchAs(String.class)
                .mappedBy((types, row) -> row.get("id").asString()).one()
                .orElseThrow(() -> new IllegalArgumentException("no document has been imported yet"));
    }
}
