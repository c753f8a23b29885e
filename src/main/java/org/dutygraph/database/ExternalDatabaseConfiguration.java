package org.dutygraph.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * External mode: {@code spring.neo4j.uri} is set, Boot's auto-configured driver (with
 * {@code spring.neo4j.authentication.*}) is used as is, and no embedded database starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(EmbeddedModeCondition.URI_PROPERTY)
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseEndpoint databaseEndpoint(Neo4jConnectionDetails connectionDetails) {
        return new DatabaseEndpoint(connectionDetails.getUri(), false);
    }
}
