package org.dutygraph.document;

import org.dutygraph.cypher.CypherQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;


/**
 * Fills a new store with the default dataset (钟政发〔2021〕24号, shipped in the jar) so the service answers
 * something useful on first start. A store that holds any document is left alone.
 */
@Component
@ConditionalOnProperty(name = "dutygraph.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final DocumentImporter importer;
    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    SeedLoader(DocumentImporter importer, Neo4jClient neo4j, CypherQueries cypher) {
        this.importer = importer;
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    @Override
    public void run(ApplicationArguments args) {
        long documents = neo4j.query(cypher.get("document/count-documents")).fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("documents").asLong()).one().orElse(0L);
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
