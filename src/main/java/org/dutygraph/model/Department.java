package org.dutygraph.model;

import java.util.List;

/**
 * A government department (部门), or an organisation that carries roles like one (a customs office, a central-bank
 * branch), as stored: the GraphQL type Department, the Neo4j label Department.
 */
public record Department(String id, String name, List<String> aliases, boolean external, String level,
                         boolean organisation) {
}
