package org.dutygraph.department;

import org.dutygraph.cypher.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads departments; every query is a file under cypher/department/. */
@Repository
public class DepartmentRepository {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    public DepartmentRepository(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    public List<Department> all(String documentId) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentId", documentId);
        return List.copyOf(neo4j.query(cypher.get("department/departments")).bindAll(params).fetchAs(Department.class)
                .mappedBy((types, row) -> Department.from(row.get("department").asNode())).all());
    }

    public Optional<Department> byName(String name, String documentId) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", name.strip());
        params.put("documentId", documentId);
        return neo4j.query(cypher.get("department/by-name")).bindAll(params).fetchAs(Department.class)
                .mappedBy((types, row) -> Department.from(row.get("department").asNode())).one();
    }

    /** The department a name or alias denotes, or an {@link UnknownDepartmentException} with the nearest names. */
    public Department resolve(String name, String documentId) {
        return byName(name, documentId).orElseThrow(() -> new UnknownDepartmentException(name, suggestions(name, documentId)));
    }

    public Map<String, Department> byIds(Collection<String> ids) {
        Map<String, Department> found = new HashMap<>();
        neo4j.query(cypher.get("department/by-ids")).bind(List.copyOf(ids)).to("ids").fetchAs(Department.class)
                .mappedBy((types, row) -> Department.from(row.get("department").asNode())).all()
                .forEach(d -> found.put(d.id(), d));
        return found;
    }

    private List<String> suggestions(String name, String documentId) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentId", documentId);
        Map<String, String> known = new java.util.LinkedHashMap<>();
        neo4j.query(cypher.get("department/names")).bindAll(params).fetch().all().forEach(row -> {
            String canonical = (String) row.get("name");
            known.putIfAbsent(canonical, canonical);
            Object aliases = row.get("aliases");
            if (aliases instanceof Collection<?> list) {
                list.forEach(a -> known.putIfAbsent(String.valueOf(a), canonical));
            }
        });
        return NameSuggestions.nearest(name.strip(), known);
    }
}
