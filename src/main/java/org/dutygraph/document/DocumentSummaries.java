package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

/**
 * What each department carries in each document (its role counts, targets, deadlines, dependents, and the tasks it
 * shares with each other department), stored by {@code cypher/document/summarise-document.cypher} in the import's
 * transaction. The analyses over many documents read these figures instead of expanding every role edge (over 1,014
 * documents the load statement fell from 5.6 s to a read of 26,000 relationships).
 *
 * <p>The summary is derived data with a version ({@link #VERSION}, kept on each Document): a start rewrites the
 * summaries of documents imported before this shape, one document per transaction, before the service takes requests
 * (run before the seed loader); a start killed half-way resumes where it stopped, since each document's summary is
 * rewritten whole. Raise the version whenever the statement's output changes.
 */
@Component
@Order(0)
class DocumentSummaries implements ApplicationRunner {

    /**
     * The shape of summarise-document's output; stored as {@code Document.summary}. 1: the figures on INVOLVES and
     * SHARED {documentId, tasks}; 2: SHARED.sharedTasks.
     */
    static final int VERSION = 2;

    private static final Logger log = LoggerFactory.getLogger(DocumentSummaries.class);

    private final CypherClient cypher;
    private final TransactionTemplate transactions;

    DocumentSummaries(CypherClient cypher, TransactionTemplate transactions) {
        this.cypher = cypher;
        this.transactions = transactions;
    }

    /** Writes the summary of one document, inside the caller's transaction (the import's). */
    void summarise(String documentId) {
        cypher.run("document/summarise-document", Map.of("id", documentId, "summary", VERSION));
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> stale = transactions.execute(status -> stale());
        if (stale == null || stale.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        for (String id : stale) {
            transactions.executeWithoutResult(status -> summarise(id));
        }
        log.info("Summarised {} document(s) imported before summary version {} in {} ms", stale.size(), VERSION,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The documents whose summary is missing or older than {@link #VERSION}, in id order. */
    List<String> stale() {
        return cypher.rows("document/unsummarised-documents", Map.of("summary", VERSION)).stream()
                .map((Row r) -> r.text("id")).toList();
    }
}
