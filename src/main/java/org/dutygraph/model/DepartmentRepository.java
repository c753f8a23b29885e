package org.dutygraph.model;

import org.dutygraph.cypher.CypherClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads departments; every query is a file under cypher/department/. */
@Repository
@Transactional(readOnly = true)
public class DepartmentRepository {

    /** A department involved in a document. */
    public record Involvement(String documentId, Department department) {
    }

    private final CypherClient cypher;

    public DepartmentRepository(CypherClient cypher) {
        this.cypher = cypher;
    }

    /**
     * The departments of these documents (of every document when null), each external only when every one of them
     * names it as another government's.
     */
    public List<Department> all(List<String> documentIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentIds", documentIds);
        return cypher.rows("department/departments", params).stream().map(r -> GraphRows.department(r.row("department")))
                .toList();
    }

    /** The department whose name or alias is {@code name}, in these documents or any (null). */
    public Optional<Department> byName(String name, List<String> documentIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", name.strip());
        params.put("documentIds", documentIds);
        return cypher.rows("department/by-name", params).stream().map(r -> GraphRows.department(r.row("department")))
                .findFirst();
    }

    /** Every department of these documents (of every document when null), the latest imported first. */
    public List<Involvement> involvements(List<String> documentIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentIds", documentIds);
        return cypher.rows("department/by-work", params).stream()
                .map(r -> new Involvement(r.text("documentId"), GraphRows.department(r.row("department")))).toList();
    }

    /** Every name and alias of the departments of these documents (of every document when null), to its canonical name. */
    public Map<String, String> names(List<String> documentIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentIds", documentIds);
        Map<String, String> known = new LinkedHashMap<>();
        cypher.rows("department/names", params).forEach(row -> {
            String canonical = row.text("name");
            known.putIfAbsent(canonical, canonical);
            row.texts("aliases").forEach(a -> known.putIfAbsent(a, canonical));
        });
        return known;
    }

    public Map<String, Department> byIds(Collection<String> ids) {
        Map<String, Department> found = new HashMap<>();
        cypher.rows("department/by-ids", Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> GraphRows.department(r.row("department"))).forEach(d -> found.put(d.id(), d));
        return found;
    }
}
