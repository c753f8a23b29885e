package org.dutygraph.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Embedded mode is the default: it applies unless {@code spring.neo4j.uri} (env
 * {@code SPRING_NEO4J_URI}) points the application at an external server.
 */
class EmbeddedModeCondition extends SpringBootCondition {

    static final String URI_PROPERTY = "spring.neo4j.uri";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty(URI_PROPERTY);
        return StringUtils.hasText(uri)
                ? ConditionOutcome.noMatch(URI_PROPERTY + " is set: using the external Neo4j at " + uri)
                : ConditionOutcome.match(URI_PROPERTY + " is not set: starting an embedded Neo4j");
    }
}
