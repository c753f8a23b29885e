package org.dutygraph.lineage;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.similarity.TaskMatcher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The <b>link</b> step of an import, inside its transaction: each task of a document derives from the most similar
 * task ({@link TaskMatcher#bestBefore}, at least {@value #DERIVATION_MIN}) of each document of the nearest level above
 * it that has documents in the store (its city's, else its province's, else the State Council's). Links are made for
 * a document just written and its parents, and for it and each document it is now the nearest parent of, whose links
 * to documents farther up go.
 */
@Component
public class LineageLinks {

    /** Lowest similarity at which a task counts as copied from its parent document's task. */
    static final double DERIVATION_MIN = 0.5;

    private final CypherClient cypher;

    LineageLinks(CypherClient cypher) {
        this.cypher = cypher;
    }

    /**
     * Links the document {@code id}, whose tasks were just written, with the documents above and below it;
     * {@code replaced} says whether it replaced a stored version, whose links go first (a document new in this
     * transaction has none, so its import skips that statement).
     */
    public void link(String id, boolean replaced) {
        if (replaced) {
            cypher.run("lineage/unlink-document", Map.of("id", id));
        }
        List<Row> parents = cypher.rows("lineage/parents", Map.of("id", id));
        if (!parents.isEmpty()) {
            parents.getFirst().texts("parents").forEach(parent -> link(id, parent));
        }
        for (Row child : cypher.rows("lineage/children", Map.of("id", id))) {
            List<String> farther = child.texts("farther");
            if (!farther.isEmpty()) {
                cypher.run("lineage/delete-derivations", Map.of("child", child.text("child"), "parents", farther));
            }
            link(child.text("child"), id);
        }
    }

    private void link(String child, String parent) {
        List<Row> parentTasks = cypher.rows("lineage/task-texts", Map.of("id", parent));
        List<Row> childTasks = cypher.rows("lineage/task-texts", Map.of("id", child));
        List<Map<String, Object>> links = TaskMatcher.bestBefore(texts(parentTasks), texts(childTasks), DERIVATION_MIN)
                .stream().map(m -> Map.<String, Object>of("from", childTasks.get(m.after()).text("id"),
                        "to", parentTasks.get(m.before()).text("id"), "score", m.score())).toList();
        cypher.run("lineage/create-derivations", Map.of("child", child, "parent", parent, "links", links));
    }

    private static List<String> texts(List<Row> tasks) {
        return tasks.stream().map(t -> t.text("text")).toList();
    }
}
