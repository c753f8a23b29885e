package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.similarity.TaskMatcher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The <b>link</b> step of an import, inside its transaction: each task of a district's document derives from the
 * most similar task of its city's document ({@link TaskMatcher#bestBefore}, at least {@value #DERIVATION_MIN}), for a
 * document just written and its city's, and for it and each of its districts' documents.
 */
@Component
class Lineage {

    /** Lowest similarity at which a district clause counts as copied from its city document's clause. */
    static final double DERIVATION_MIN = 0.5;

    private final CypherClient cypher;

    Lineage(CypherClient cypher) {
        this.cypher = cypher;
    }

    void link(String id, DocumentWriter.Written written) {
        written.parents().forEach(parent -> link(id, parent));
        written.children().forEach(child -> link(child, id));
    }

    private void link(String child, String parent) {
        List<Row> parentTasks = cypher.rows("document/task-texts", Map.of("id", parent));
        List<Row> childTasks = cypher.rows("document/task-texts", Map.of("id", child));
        List<Map<String, Object>> links = TaskMatcher.bestBefore(texts(parentTasks), texts(childTasks), DERIVATION_MIN)
                .stream().map(m -> Map.<String, Object>of("from", childTasks.get(m.after()).text("id"),
                        "to", parentTasks.get(m.before()).text("id"), "score", m.score())).toList();
        cypher.run("document/create-derivations", Map.of("child", child, "parent", parent, "links", links));
    }

    private static List<String> texts(List<Row> tasks) {
        return tasks.stream().map(t -> t.text("text")).toList();
    }
}
