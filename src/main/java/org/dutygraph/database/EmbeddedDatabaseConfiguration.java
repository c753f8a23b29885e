package org.dutygraph.database;

import java.net.URI;

import org.dutygraph.settings.DutygraphProperties;
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

    @Bean
    BoltPassword boltPassword(DutygraphProperties properties) {
        return BoltPassword.of(properties.boltPassword());
    }

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService databaseManagementService(DutygraphProperties properties, BoltPassword password) {
        if (properties.storeTemplate() != null) {
            StoreTemplate.copyInto(properties.storeTemplate(), properties.dataDir(), StoreTemplate.build());
        }
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), password,
                properties.database().pageCache().toBytes());
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(DatabaseManagementService databaseManagementService) {
        return new DatabaseEndpoint(EmbeddedNeo4j.boltUri(databaseManagementService), true);
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(DatabaseEndpoint endpoint, BoltPassword password) {
        return new EmbeddedConnectionDetails(endpoint.boltUri(), password);
    }

    /** The service logs in as every other Bolt client must. */
    private record EmbeddedConnectionDetails(URI uri, BoltPassword password) implements Neo4jConnectionDetails {

        @Override
        public URI getUri() {
            return uri;
        }

        @Override
        public AuthToken getAuthToken() {
            return AuthTokens.basic(BoltPassword.USER, password.value());
        }
    }
}
