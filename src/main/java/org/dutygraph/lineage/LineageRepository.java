package org.dutygraph.lineage;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.model.GraphRows;
import org.dutygraph.model.Task;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the lineage of many tasks or documents per query; the queries are files under cypher/lineage/. */
@Repository
class LineageRepository {

    private final CypherClient cypher;
    private final DocumentRepository documents;

    LineageRepository(CypherClient cypher, DocumentRepository documents) {
        this.cypher = cypher;
        this.documents = documents;
    }

    /** The chain up and down of each task of {@code taskIds}. */
    Map<String, TaskLineage> tasks(Collection<String> taskIds) {
        Map<String, List<Derivation>> ancestors = emptyLists(taskIds);
        Map<String, List<Derivation>> descendants = emptyLists(taskIds);
        for (Row row : cypher.rows("lineage/task-lineage", Map.of("ids", List.copyOf(taskIds)))) {
            Derivation step = Derivation.of(GraphRows.task(row, "task", "ownerIds"),
                    GraphRows.task(row, "derivedFrom", "derivedFromOwnerIds"), row.number("similarity"),
                    row.integer("distance"));
            (row.text("direction").equals("ANCESTOR") ? ancestors : descendants).get(row.text("taskId")).add(step);
        }
        Map<String, TaskLineage> lineage = new LinkedHashMap<>();
        taskIds.forEach(id -> lineage.put(id, new TaskLineage(ancestors.get(id), descendants.get(id))));
        return lineage;
    }

    /** For each document of {@code documentIds}, what each document below it made of its tasks, nearest first. */
    Map<String, List<DocumentLineage>> documents(Collection<String> documentIds) {
        List<Row> rows = cypher.rows("lineage/document-lineage", Map.of("ids", List.copyOf(documentIds)));
        Map<String, Document> below = documents.byIds(rows.stream().map(r -> r.text("descendantId")).distinct().toList());
        Map<String, List<DocumentLineage>> lineage = emptyLists(documentIds);
        for (Row row : rows) {
            Map<Fate, List<Task>> fates = new LinkedHashMap<>();
            for (Fate fate : Fate.values()) {
                fates.put(fate, new ArrayList<>());
            }
            for (Row task : row.rows("tasks")) {
                Task t = GraphRows.task(task, "task", "ownerIds");
                fates.get(Fate.of(t.text(), task.texts("copies"))).add(t);
            }
            lineage.get(row.text("documentId")).add(new DocumentLineage(below.get(row.text("descendantId")),
                    row.integer("distance"), fates.get(Fate.CARRIED), fates.get(Fate.CHANGED), fates.get(Fate.DROPPED)));
        }
        return lineage;
    }

    private static <K, V> Map<K, List<V>> emptyLists(Collection<K> keys) {
        Map<K, List<V>> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, new ArrayList<>()));
        return map;
    }
}
