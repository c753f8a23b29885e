package org.dutygraph.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded mode: runs Neo4j in this JVM and points Boot's ordinary driver at its Bolt connector,
 * so the rest of the application (Spring Data Neo4j, health) works exactly as with an external server.
 *
 * <p>Boot builds the {@code Driver} from the {@link Neo4jConnectionDetails} bean below. The driver
 * thus depends on the DBMS bean, so on context close Spring closes the driver first and shuts the
 * DBMS down after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedModeCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService databaseManagementService(DutygraphProperties properties) {
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort());
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(DatabaseManagementService databaseManagementService) {
        return new DatabaseEndpoint(EmbeddedNeo4j.boltUri(databaseManagementService), true);
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(DatabaseEndpoint endpoint) {
        return new EmbeddedConnectionDetails(endpoint.boltUri());
    }

    /** Auth is disabled on the embedded DBMS (it listens on loopback only). */
    private record EmbeddedConnectionDetails(URI uri) implements Neo4jConnectionDetails {

        @Override
        public URI getUri() {
            return uri;
        }

        @Override
        public AuthToken getAuthToken() {
            return AuthTokens.none();
        }
    }
}
