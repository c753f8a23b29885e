package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.portfolio.DocumentScopes;
import org.dutygraph.portfolio.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
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
        return coverage(documentId, scope).documentIds();
    }

    /**
     * What an analysis is asked to cover, for its statement to look up itself (no statement of its own for
     * {@code documentId} alone or neither: the analysis's statement takes {@code $documentIds}, null for the latest
     * document, and returns the ids it found, which {@link Coverage#covered} judges). A scope is resolved here, with
     * the same refusals as {@link #documentIds}.
     */
    public Coverage coverage(String documentId, Scope scope) {
        if (scope == null) {
            return documentId == null ? Coverage.LATEST : new Coverage(List.of(documentId), true);
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
            return Coverage.of(scope.documentIds().stream().distinct().toList());
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("the scope selects no document: " + scope.describe());
        }
        return Coverage.of(selected);
    }

    /**
     * The documents an analysis is asked for, before its statement has looked them up: its {@code $documentIds}
     * ({@code null}: the most recently imported document), and whether the one document asked for by id must be
     * refused when the store does not hold it. The analysis statements start by finding these documents (the same
     * lines at the top of each {@code cypher/analysis} file they concern) and return them as {@code documentIds}, so a
     * request for one document is one statement, existence check included.
     *
     * @param documentIds the ids asked for, or null for the latest document
     * @param checked     true for a document asked for by id (unknown: refused); a list resolved from a scope or given
     *                    by a caller is taken as it is, as {@code analyse(List)} always took it
     */
    public record Coverage(List<String> documentIds, boolean checked) {

        /** The most recently imported document. */
        public static final Coverage LATEST = new Coverage(null, false);

        /** These documents, taken as they are. */
        public static Coverage of(List<String> documentIds) {
            return new Coverage(documentIds, false);
        }

        /**
         * Runs an analysis statement over these documents (its {@code $documentIds}, with {@code parameters}): the
         * statement's first row names the documents it found ({@code documentIds}), its answer is the rows whose
         * {@code column} is not null. Refused as {@link #covered} refuses.
         */
        public Answer read(CypherClient cypher, String statement, Map<String, Object> parameters, String column) {
            Map<String, Object> withDocuments = new HashMap<>(parameters);
            withDocuments.put("documentIds", documentIds);
            List<Row> all = cypher.rows(statement, withDocuments);
            List<String> covered = covered(all.getFirst().texts("documentIds"));
            return new Answer(covered, all.stream().filter(r -> !r.isNull(column)).toList());
        }

        /**
         * The documents covered, given the ids the statement {@code found} of {@link #documentIds}: the latest when
         * none was asked, else the ids asked; refused with the messages of {@link AnalysisScope#documentIds} when the
         * document asked for is unknown or no document has been imported.
         */
        public List<String> covered(List<String> found) {
            if (documentIds == null) {
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("no document has been imported yet");
                }
                return List.copyOf(found);
            }
            if (checked && found.isEmpty()) {
                throw new IllegalArgumentException("unknown document '" + documentIds.getFirst() + "'");
            }
            return documentIds;
        }
    }

    /** What an analysis statement answered: the documents it covered and its rows. */
    public record Answer(List<String> documentIds, List<Row> rows) {
    }
}
