package org.dutygraph.department;

import org.neo4j.driver.types.Node;

import java.util.List;

/**
 * A government department (部门), or an organisation that carries roles like one (a customs office, a central-bank
 * branch), as stored: the GraphQL type Department, the Neo4j label Department.
 */
public record Department(String id, String name, List<String> aliases, boolean external, String level,
                         boolean organisation) {

    public static Department from(Node node) {
        return new Department(node.get("id").asString(), node.get("name").asString(),
                node.get("aliases").asList(v -> v.asString(), List.of()), node.get("external").asBoolean(false),
                node.get("level").asString("OWN"), node.get("organisation").asBoolean(false));
    }
}
