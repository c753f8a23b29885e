package org.dutygraph.department;

import org.dutygraph.cypher.CypherClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads departments; every query is a file under cypher/department/. */
@Repository
public class DepartmentRepository {

    private final CypherClient cypher;

    public DepartmentRepository(CypherClient cypher) {
        this.cypher = cypher;
    }

    public List<Department> all(String documentId) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentId", documentId);
        return cypher.rows("department/departments", params).stream().map(DepartmentRepository::department).toList();
    }

    public Optional<Department> byName(String name, String documentId) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", name.strip());
        params.put("documentId", documentId);
        return cypher.rows("department/by-name", params).stream().map(DepartmentRepository::department).findFirst();
    }

    /** The department a name or alias denotes, or an {@link UnknownDepartmentException} with the nearest names. */
    public Department resolve(String name, String documentId) {
        return byName(name, documentId).orElseThrow(() -> new UnknownDepartmentException(name, suggestions(name, documentId)));
    }

    public Map<String, Department> byIds(Collection<String> ids) {
        Map<String, Department> found = new HashMap<>();
        cypher.rows("department/by-ids", Map.of("ids", List.copyOf(ids))).stream().map(DepartmentRepository::department)
                .forEach(d -> found.put(d.id(), d));
        return found;
    }

    private static Department department(org.neo4j.driver.Record row) {
        return Department.from(row.get("department").asNode());
    }

    private List<String> suggestions(String name, String documentId) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentId", documentId);
        Map<String, String> known = new java.util.LinkedHashMap<>();
        cypher.rows("department/names", params).forEach(row -> {
            String canonical = row.get("name").asString();
            known.putIfAbsent(canonical, canonical);
            row.get("aliases").asList(org.neo4j.driver.Value::asString, List.of()).forEach(a -> known.putIfAbsent(a, canonical));
        });
        return NameSuggestions.nearest(name.strip(), known);
    }
}
