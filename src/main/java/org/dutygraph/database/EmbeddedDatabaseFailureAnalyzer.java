package org.dutygraph.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that the embedded database refuses (a data directory it cannot write, a Bolt password too short) ends
 * with Spring Boot's failure report saying what to fix, instead of a cause buried under two thousand lines of stack
 * trace.
 */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4j.StartRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4j.StartRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
