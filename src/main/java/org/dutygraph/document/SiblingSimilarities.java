package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.similarity.SimilarityFinder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Part of the <b>link</b> step of an import, inside its transaction: the similar tasks between a document just written
 * and the other documents of its government ({@code document/sibling-tasks.cypher}), found by the search that finds
 * them within a document ({@link SimilarityFinder}, each document its own "owner") and stored as the same SIMILAR_TO
 * links, so duplicates across a jurisdiction's documents are read, not searched, when asked. A new document is
 * compared with its siblings' tasks once; its own pairs within it were written with it.
 */
@Component
class SiblingSimilarities {

    private final CypherClient cypher;

    SiblingSimilarities(CypherClient cypher) {
        this.cypher = cypher;
    }

    /** Links the tasks of document {@code id} with their similar tasks in the other documents of its government. */
    void link(String id) {
        List<Row> tasks = cypher.rows("document/sibling-tasks", Map.of("id", id));
        List<SimilarityFinder.Item> items = tasks.stream()
                .map(t -> new SimilarityFinder.Item(t.text("documentId"), t.text("text"))).toList();
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (SimilarityFinder.Pair p : SimilarityFinder.find(items)) {
            boolean firstOwn = items.get(p.first()).owner().equals(id);
            boolean secondOwn = items.get(p.second()).owner().equals(id);
            if (firstOwn == secondOwn) {
                continue; // within the new document (written with it) or between two siblings (stored before)
            }
            Map<String, Object> pair = new HashMap<>();
            pair.put("from", tasks.get(firstOwn ? p.first() : p.second()).text("id"));
            pair.put("to", tasks.get(firstOwn ? p.second() : p.first()).text("id"));
            pair.put("score", p.score());
            pair.put("passage", p.passage());
            pair.put("passageScore", p.passageScore());
            pairs.add(pair);
        }
        if (!pairs.isEmpty()) {
            cypher.run("document/create-sibling-similarities", Map.of("pairs", pairs));
        }
    }
}
