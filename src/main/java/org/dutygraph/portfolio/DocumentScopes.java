package org.dutygraph.portfolio;

import org.dutygraph.cypher.CypherClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves a {@link Scope} to the documents it selects ({@code cypher/portfolio/documents-in-scope.cypher}). */
@Service
@Transactional(readOnly = true)
public class DocumentScopes {

    private final CypherClient cypher;

    DocumentScopes(CypherClient cypher) {
        this.cypher = cypher;
    }

    /** The ids of the documents {@code scope} selects, the most recently imported first; empty when none matches. */
    public List<String> documentIds(Scope scope) {
        scope.check();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("documentIds", scope.documentIds());
        parameters.put("jurisdiction", scope.jurisdiction());
        parameters.put("withLevelsAbove", Boolean.TRUE.equals(scope.withLevelsAbove()));
        parameters.put("year", scope.year());
        parameters.put("inForceOn", scope.inForceOn());
        return cypher.rows("portfolio/documents-in-scope", parameters).stream().map(r -> r.text("id")).toList();
    }
}
