package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.DocumentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which document an analysis covers: the one asked for, or the most recently imported. */
@Component
@Transactional(readOnly = true)
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
        return cypher.rows("analysis/latest-document", java.util.Map.of()).stream().map(row -> row.text("id"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no document has been imported yet"));
    }
}
