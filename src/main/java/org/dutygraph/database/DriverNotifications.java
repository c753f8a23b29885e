package org.dutygraph.database;

import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Asks the server not to send UNRECOGNIZED notifications ("the property `city` does not exist"). In this graph an
 * optional property (a document's city, a target's change) is simply absent until some document has it, so these
 * warnings say nothing wrong; Spring Data Neo4j would log each one, on every query, at WARN. Deprecation,
 * performance and other notifications still reach the log.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotifications {

    @Bean
    ConfigBuilderCustomizer quietUnrecognizedNotifications() {
        return builder -> builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
    }
}
