package org.dutygraph.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that fails on the data directory ends with Spring Boot's failure report saying what to fix, instead of
 * a cause buried under two thousand lines of stack trace.
 */
public class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4j.DataDirectoryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4j.DataDirectoryException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set dutygraph.data-dir (environment DUTYGRAPH_DATA_DIR) to a directory this user can create and write, "
                        + "or make " + cause.directory().toAbsolutePath() + " writable; or use an external database "
                        + "(SPRING_NEO4J_URI).", cause);
    }
}
