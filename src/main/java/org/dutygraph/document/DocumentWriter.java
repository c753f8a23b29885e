package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The <b>write</b> step of an import, inside its transaction: locks the departments of the old and the new version in
 * id order (so two imports sharing departments wait for each other instead of deadlocking: lock-departments before a
 * replaced version is removed, else write-document's first step), removes the old version, writes the new one in one
 * statement (write-document) with its summary (DocumentSummaries) and removes departments no document names any more.
 */
@Component
class DocumentWriter {

    /** What was written: when each phase ended (for the import's log line). */
    record Written(int similarPairs, long rowsMade, long locked, long cleared, long done) {
    }

    private final CypherClient cypher;
    private final DocumentSummaries summaries;

    DocumentWriter(CypherClient cypher, DocumentSummaries summaries) {
        this.cypher = cypher;
        this.summaries = summaries;
    }

    Written write(DocumentClaim claim, PreparedDocument prepared) {
        String id = claim.id();
        List<String> oldDepartments = claim.exists()
                ? cypher.row("document/document-departments", Map.of("id", id)).texts("departmentIds") : List.of();
        DocumentRows rows = DocumentRows.of(id, prepared.document(), prepared.hash(), prepared.similarPairs());
        long rowsMade = System.nanoTime();
        SortedSet<String> departments = new TreeSet<>(oldDepartments);
        departments.addAll(rows.departmentIds());
        Map<String, Object> content = new HashMap<>(rows.content());
        if (claim.exists()) {
            cypher.run("document/lock-departments", Map.of("ids", List.copyOf(departments)));
            content.put("locks", List.of());
        } else {
            content.put("locks", List.copyOf(departments)); // write-document takes them first: one round trip less
        }
        long locked = System.nanoTime();
        if (claim.exists()) {
            cypher.run("document/delete-document-content", Map.of("id", id));
        }
        long cleared = System.nanoTime();
        cypher.run("document/write-document", Map.of("id", id, "document", rows.document(), "content", content));
        summaries.summarise(id);
        if (!oldDepartments.isEmpty()) {
            cypher.run("document/delete-orphan-departments", Map.of("ids", oldDepartments));
        }
        return new Written(rows.similarities().size(), rowsMade, locked, cleared, System.nanoTime());
    }

    /** What the store holds for a document: the figures an import reports, changed or not. */
    DocumentCounts counts(String id) {
        Row row = cypher.row("document/count-document", Map.of("id", id));
        return new DocumentCounts(row.count("sectionCount"), row.count("departmentCount"), row.count("taskCount"),
                row.count("participationCount"), row.count("targetCount"), row.count("deadlineCount"));
    }
}
