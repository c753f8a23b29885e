package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.portfolio.DocumentScopes;
import org.dutygraph.portfolio.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Which documents an analysis covers: the one asked for by {@code documentId}, the ones a {@link Scope} lists or
 * selects, or (neither given) the most recently imported document, so an analysis without either means what it
 * always meant.
 */
@Component
@Transactional(readOnly = true)
public class AnalysisScope {

    private final CypherClient cypher;
    private final DocumentRepository documents;
    private final DocumentScopes scopes;

    AnalysisScope(CypherClient cypher, DocumentRepository documents, DocumentScopes scopes) {
        this.cypher = cypher;
        this.documents = documents;
        this.scopes = scopes;
    }

    /** The document asked for (refused when unknown), else the most recently imported one. */
    private String documentId(String requested) {
        if (requested != null) {
            if (!documents.exists(requested)) {
                throw new IllegalArgumentException("unknown document '" + requested + "'");
            }
            return requested;
        }
        return cypher.rows("analysis/latest-document", Map.of()).stream().map(row -> row.text("id"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no document has been imported yet"));
    }

    /**
     * The documents an answer covers, never empty: {@code documentId} alone, or what {@code scope} lists (each must
     * exist) or selects (the most recently imported first), or the latest document when neither is given. Refused
     * with a message naming the fields when both are given, or when the scope selects no document.
     */
    public List<String> documentIds(String documentId, Scope scope) {
        if (scope == null) {
            return List.of(documentId(documentId));
        }
        if (documentId != null) {
            throw new IllegalArgumentException("give documentId or scope, not both");
        }
        List<String> selected = scopes.documentIds(scope);
        if (scope.documentIds() != null) {
            List<String> unknown = scope.documentIds().stream().distinct().filter(id -> !selected.contains(id)).toList();
            if (!unknown.isEmpty()) { // the first few by name: a list of thousands would make the message the attack
                throw new IllegalArgumentException("unknown document(s) in scope.documentIds: '"
                        + String.join("', '", unknown.stream().limit(5).toList()) + "'"
                        + (unknown.size() > 5 ? " and " + (unknown.size() - 5) + " more" : ""));
            }
            return scope.documentIds().stream().distinct().toList();
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("the scope selects no document: " + scope.describe());
        }
        return selected;
    }
}
