package org.dutygraph.model;

import org.dutygraph.cypher.CypherClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads documents and their sections; every query is a file under cypher/document/. */
@Repository
@Transactional(readOnly = true)
public class DocumentRepository {

    private final CypherClient cypher;

    public DocumentRepository(CypherClient cypher) {
        this.cypher = cypher;
    }

    /** All documents, the most recently imported first. */
    public List<Document> all() {
        return find(null);
    }

    /** Whether the store holds the document; cheaper than {@link #byId}, which counts its contents. */
    public boolean exists(String id) {
        return !cypher.rows("document/document-exists", Map.of("id", id)).isEmpty();
    }

    public Optional<Document> byId(String id) {
        return find(List.of(id)).stream().findFirst();
    }

    /** The documents {@code ids} names, the most recently imported first. */
    public List<Document> byIdsNewestFirst(Collection<String> ids) {
        return find(List.copyOf(ids));
    }

    /** The documents {@code ids} names, in the order given (an answer covering documents lists them as it covered them). */
    public List<Document> byIdsInOrder(List<String> ids) {
        Map<String, Document> found = byIds(ids);
        return ids.stream().map(found::get).toList();
    }

    public Map<String, Document> byIds(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        find(List.copyOf(ids)).forEach(d -> found.put(d.id(), d));
        return found;
    }

    public Map<String, List<Section>> sections(Collection<String> documentIds) {
        Map<String, List<Section>> sections = new LinkedHashMap<>();
        documentIds.forEach(id -> sections.put(id, new ArrayList<>()));
        cypher.rows("document/sections", Map.of("ids", List.copyOf(documentIds)))
                .forEach(row -> sections.get(row.text("documentId")).add(new Section(row.text("documentId"),
                        row.integer("ordinal"), row.text("label", ""), row.text("title", ""),
                        row.isNull("department") ? null : GraphRows.department(row.row("department")))));
        return sections;
    }

    /** The documents each of {@code documentIds} derives from (its city's document). */
    public Map<String, List<Document>> derivedFrom(Collection<String> documentIds) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        documentIds.forEach(id -> parents.put(id, new ArrayList<>()));
        cypher.rows("document/derived-from", Map.of("ids", List.copyOf(documentIds)))
                .forEach(row -> parents.get(row.text("documentId")).add(row.text("parentId")));
        Map<String, Document> found = byIds(parents.values().stream().flatMap(List::stream).distinct().toList());
        Map<String, List<Document>> result = new LinkedHashMap<>();
        parents.forEach((id, list) -> result.put(id, list.stream().map(found::get).toList()));
        return result;
    }

    private List<Document> find(List<String> ids) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        return cypher.rows("document/documents", params).stream().map(GraphRows::document).toList();
    }
}
