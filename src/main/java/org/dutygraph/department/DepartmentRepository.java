package org.dutygraph.department;

import org.dutygraph.parser.DepartmentDirectory;

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

    /**
     * The department a name or alias denotes, else the one department of the document that does the line of work the
     * name names, as the parser resolves names in a text (工信部门 → 区工业和信息化局; without a document, the latest
     * document with such a department decides), else an {@link UnknownDepartmentException} with the nearest names.
     */
    public Department resolve(String name, String documentId) {
        return byName(name, documentId).or(() -> byWork(name, documentId))
                .orElseThrow(() -> new UnknownDepartmentException(name, suggestions(name, documentId)));
    }

    private static final java.util.regex.Pattern ORGAN = java.util.regex.Pattern.compile(
            "(部门|分局|大队|支队|中心|委员会|办公室|局|委|厅|办)$");

    private Optional<Department> byWork(String name, String documentId) {
        java.util.Set<String> work = DepartmentDirectory.workOf(name.strip());
        if (work.isEmpty() || !ORGAN.matcher(name.strip()).find()) {
            return Optional.empty(); // the parser reads a line of work only with an organ after it: 工信部门, not 区工信
        }
        Map<String, Object> params = new HashMap<>();
        params.put("documentId", documentId);
        Map<String, java.util.Set<String>> byDocument = new java.util.LinkedHashMap<>();
        Map<String, Department> byId = new HashMap<>();
        for (org.neo4j.driver.Record row : cypher.rows("department/by-work", params)) {
            Department d = department(row);
            if (DepartmentDirectory.workOf(d.name()).containsAll(work) && !d.organisation()) {
                byDocument.computeIfAbsent(row.get("documentId").asString(), k -> new java.util.LinkedHashSet<>()).add(d.id());
                byId.put(d.id(), d);
            }
        }
        return byDocument.values().stream().filter(ids -> !ids.isEmpty()).findFirst()
                .filter(ids -> ids.size() == 1).map(ids -> byId.get(ids.iterator().next()));
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
