package org.dutygraph.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application settings under {@code dutygraph.*}. Relaxed binding also reads them from the
 * environment: {@code DUTYGRAPH_DATA_DIR}, {@code DUTYGRAPH_BOLT_PORT}, {@code DUTYGRAPH_ADMIN_TOKEN},
 * {@code DUTYGRAPH_BOLT_PASSWORD}.
 *
 * @param dataDir    home of the embedded Neo4j (store, transaction logs, Neo4j's own logs)
 * @param boltPort   port of the embedded Bolt connector on 127.0.0.1; 0 picks any free port
 * @param adminToken token for administrative operations; {@code null} when not configured
 * @param boltPassword password of the embedded Neo4j's user {@code neo4j} (for Neo4j Browser, cypher-shell);
 *                   {@code null}: one made for each run, known only to the service
 */
@ConfigurationProperties("dutygraph")
public record DutygraphProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        String adminToken,
        String boltPassword) {
}
