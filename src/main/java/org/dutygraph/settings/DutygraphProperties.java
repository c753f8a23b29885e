package org.dutygraph.settings;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Every setting of the service under {@code dutygraph.*}, in one place: the defaults are the ones written here and
 * repeated, for the operator to read, in {@code application.properties} (a test keeps the two equal). Relaxed binding
 * reads them from the environment too ({@code DUTYGRAPH_DATA_DIR}, {@code DUTYGRAPH_GRAPHQL_TIMEOUT} …). A value out
 * of range stops start-up with the property's name: the checks run as the record is bound.
 *
 * @param dataDir      home of the embedded Neo4j (store, transaction logs, Neo4j's own logs)
 * @param boltPort     port of the embedded Bolt connector on 127.0.0.1; 0 picks any free port
 * @param adminToken   token for mutations and the import command; {@code null} when not configured (they are refused)
 * @param boltPassword password of the embedded Neo4j's user {@code neo4j} (for Neo4j Browser, cypher-shell);
 *                     {@code null}: one made for each run, known only to the service
 * @param seed         the default dataset imported into an empty store
 * @param graphql      limits of a GraphQL request
 * @param http         limits of an HTTP request
 * @param imports      limits of an import (property prefix {@code dutygraph.import})
 * @param storeTemplate a seeded store made at build time ({@code ./mvnw -Pfast-start package}) that a start on a
 *                     data directory without a store copies in instead of making one; {@code null}: none
 * @param makeStoreTemplate start (store, migrations, seed), stop, and mark the data directory as this build's store
 *                     template: what the fast-start build runs
 * @param database     the embedded Neo4j's memory
 */
@ConfigurationProperties("dutygraph")
public record DutygraphProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        String adminToken,
        String boltPassword,
        @DefaultValue Seed seed,
        @DefaultValue Graphql graphql,
        @DefaultValue Http http,
        @DefaultValue @Name("import") Import imports,
        Path storeTemplate,
        @DefaultValue("false") boolean makeStoreTemplate,
        @DefaultValue Database database) {

    public DutygraphProperties {
        check(boltPort >= 0 && boltPort <= 65535, "dutygraph.bolt-port", boltPort, "a port, 0 to 65535");
    }

    /** @param enabled import the seed document when the store holds no document */
    public record Seed(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param maxDepth      deepest query accepted (introspection fits in 15)
     * @param maxComplexity most a query may build: each field 1, a list times its {@code first}/{@code limit} (else
     *                      10), each analysis +100; counted before the query runs
     * @param timeout       a request running longer is answered with an error and its execution cancelled
     * @param adminTimeout  the same for a request carrying the admin token (a large import)
     * @param documentCacheEntries most parsed and validated query documents kept for the next request with the same
     *                      text (least recently used out first); 0 keeps none
     * @param documentCacheChars   most characters of query text those documents may have in all: with the count, what
     *                      bounds the cache's memory whatever clients send (a longer query is never kept)
     */
    public record Graphql(@DefaultValue("15") int maxDepth, @DefaultValue("100000") int maxComplexity,
                          @DefaultValue("30s") Duration timeout, @DefaultValue("110s") Duration adminTimeout,
                          @DefaultValue("500") int documentCacheEntries,
                          @DefaultValue("250000") int documentCacheChars) {
        public Graphql {
            check(documentCacheEntries >= 0, "dutygraph.graphql.document-cache-entries", documentCacheEntries, "0 or more");
            check(documentCacheChars >= 1, "dutygraph.graphql.document-cache-chars", documentCacheChars, "at least 1");
            check(maxDepth >= 1, "dutygraph.graphql.max-depth", maxDepth, "at least 1");
            check(maxComplexity >= 1, "dutygraph.graphql.max-complexity", maxComplexity, "at least 1");
            check(!timeout.isNegative() && !timeout.isZero(), "dutygraph.graphql.timeout", timeout, "longer than 0");
            check(adminTimeout.compareTo(timeout) >= 0, "dutygraph.graphql.admin-timeout", adminTimeout,
                    "at least dutygraph.graphql.timeout (" + timeout + ")");
        }
    }

    /** @param maxBodyBytes larger request bodies are refused (413) unread, sent with a length or chunked */
    public record Http(@DefaultValue("20000000") long maxBodyBytes) {
        public Http {
            check(maxBodyBytes >= 1, "dutygraph.http.max-body-bytes", maxBodyBytes, "at least 1");
        }
    }

    /** @param maxChars longest text an import or a preview accepts */
    public record Import(@DefaultValue("5000000") int maxChars) {
        public Import {
            check(maxChars >= 1, "dutygraph.import.max-chars", maxChars, "at least 1");
        }
    }

    /**
     * @param pageCache most memory the embedded Neo4j keeps of its store files (outside the heap; taken as pages are
     *                  read, so a small store uses less): the seed needs a few MB, the 1,000-document benchmark corpus's
     *                  store is ~400 MB (its hot part fits); Neo4j's own default is half of the machine's free memory
     */
    public record Database(@DefaultValue("256MB") DataSize pageCache) {
        public Database {
            check(pageCache.toMegabytes() >= 8, "dutygraph.database.page-cache", pageCache, "at least 8MB");
        }
    }

    private static void check(boolean valid, String property, Object value, String expected) {
        if (!valid) {
            throw new IllegalArgumentException(property + " is " + value + "; it must be " + expected);
        }
    }
}
