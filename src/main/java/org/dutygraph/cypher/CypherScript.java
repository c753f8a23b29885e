package org.dutygraph.cypher;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a {@code .cypher} file into statements, the way Neo4j Browser and
 * cypher-shell read such files: a statement ends with {@code ;} at the end of a line, and lines
 * starting with {@code //} are comments.
 */
public final class CypherScript {

    private CypherScript() {
    }

    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                add(statements, current);
            }
        }
        add(statements, current);
        return List.copyOf(statements);
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
