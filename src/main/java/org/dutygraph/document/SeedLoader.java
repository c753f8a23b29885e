package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.settings.DutygraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Map;


/**
 * Fills a new store with the default dataset (钟政发〔2021〕24号, shipped in the jar) so the service answers
 * something useful on first start. A store that holds any document is left alone.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final DocumentImporter importer;
    private final CypherClient cypher;
    private final boolean enabled;

    SeedLoader(DocumentImporter importer, CypherClient cypher, DutygraphProperties properties) {
        this.importer = importer;
        this.cypher = cypher;
        this.enabled = properties.seed().enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long documents = cypher.rows("document/count-documents", Map.of()).getFirst().count("documents");
        if (documents > 0) {
            log.info("Store holds {} document(s); the seed is not imported", documents);
            return;
        }
        ImportResult result = importer.importText(SeedDocument.text(), null);
        log.info("Imported the seed document as {}: {} sections, {} tasks, {} role edges, {} targets in {} ms",
                result.documentId(), result.sectionCount(), result.taskCount(),
                result.participationCount(), result.targetCount(), result.millis());
    }
}
