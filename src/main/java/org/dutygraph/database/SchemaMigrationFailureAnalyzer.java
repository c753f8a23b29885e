package org.dutygraph.database;

import ac.simons.neo4j.migrations.core.MigrationsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A schema migration that cannot be applied ({@link SchemaInitializer}) ends start-up with what went wrong and what to
 * do: above all a file of {@code cypher/schema/} edited after it was applied, whose change must be a new version.
 */
public class SchemaMigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        String message = String.valueOf(cause.getMessage());
        String description = "The schema migrations of cypher/schema/ could not be applied: " + message;
        String action;
        if (message.startsWith("Checksum of")) {
            action = "A migration already applied to this database was edited. Restore that file as it was and put the"
                    + " change in a new file with the next version (V<next>__What_it_does.cypher): an applied"
                    + " migration is never edited.";
        } else if (message.contains("__Neo4jMigrationsLock")) {
            action = "Another instance of the service is migrating this database, or one was stopped in the middle of"
                    + " it. If none is starting, run cypher/admin/release-migration-lock.cypher on the database"
                    + " (Neo4j Browser, cypher-shell) and start again.";
        } else {
            action = "Fix the migration named above in cypher/schema/ (each file runs as it is in Neo4j Browser), or"
                    + " start a service whose cypher/schema/ holds every version this database has applied.";
        }
        return new FailureAnalysis(description, action, cause);
    }
}
