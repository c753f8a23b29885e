package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.document.DocumentRepository;
import org.springframework.stereotype.Component;

/** Which document an analysis covers: the one asked for, or the most recently imported. */
@Component
public class AnalysisScope {

    private final CypherClient cypher;
    private final DocumentRepository documents;

    AnalysisScope(CypherClient cypher, DocumentRepository documents) {
        this.cypher = cypher;
        this.documents = documents;
    }

    public String documentId(String requested) {
        if (requested != null) {
            if (!documents.exists(requested)) {
                throw new IllegalArgumentException("unknown document '" + requested + "'");
            }
            return requested;
        }
        return cypher.rows("analysis/latest-document", java.util.Map.of()).stream().map(row -> row.get("id").asString())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no document has been imported yet"));
    }
}
