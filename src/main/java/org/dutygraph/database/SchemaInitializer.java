package org.dutygraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.dutygraph.cypher.CypherQueries;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the database's schema to the newest version of {@code cypher/schema/} at start-up: each
 * {@code V<version>__<description>.cypher} file is applied once, in version order, and recorded in the graph
 * ({@code (:__Neo4jMigration {version, checksum})} nodes chained by {@code MIGRATED_TO} with who and when), by
 * neo4j-migrations. A start with nothing new applies nothing; a file edited after it was applied stops the start
 * ({@link SchemaMigrationFailureAnalyzer} says what to do): a change is a new version.
 *
 * <p>Runs once all singletons exist but before the web server starts accepting requests and before any runner, so
 * nothing sees the database without its constraints and indexes.
 */
@Component
class SchemaInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);
    static final String LOCATION = "classpath:cypher/schema";

    private final Driver driver;
    private final DatabaseEndpoint endpoint;
    private final CypherQueries queries;

    SchemaInitializer(Driver driver, DatabaseEndpoint endpoint, CypherQueries queries) {
        this.driver = driver;
        this.endpoint = endpoint;
        this.queries = queries;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (endpoint.embedded()) {
            // Neo4j locks its store to one process, so a migration lock found in the embedded store was left by a
            // start killed mid-migration, never held by a running one: without this, no later start would get by it.
            long released = driver.executableQuery(queries.get("admin/release-migration-lock")).execute()
                    .records().getFirst().get("released").asLong();
            if (released > 0) {
                log.warn("Removed a schema migration lock left by an earlier start that did not finish");
            }
        }
        apply(driver, LOCATION);
    }

    /** Applies the versions of {@code location} that the database lacks; returns the versions applied now. */
    static List<String> apply(Driver driver, String location) {
        long start = System.nanoTime();
        var migrations = new Migrations(MigrationsConfig.builder().withLocationsToScan(location)
                .withResourceScanner(SchemaInitializer::findResources).build(), driver);
        List<String> pending = migrations.info(MigrationChain.ChainBuilderMode.COMPARE).getElements().stream()
                .filter(element -> element.getState() == MigrationState.PENDING)
                .map(MigrationChain.Element::getVersion)
                .toList();
        Optional<MigrationVersion> version = migrations.apply();
        String current = version.map(MigrationVersion::getValue).orElse("none");
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (pending.isEmpty()) {
            log.info("Schema at version {} ({}): nothing to apply ({} ms)", current, location, millis);
        } else {
            log.info("Schema at version {} ({}): applied {} ({} ms)", current, location, String.join(", ", pending), millis);
        }
        return pending;
    }

    /**
     * The files under the given class path folders, found by Spring as Boot's loader serves them, rather than by the
     * library's default scanner (ClassGraph), which opens every jar of the class path to look: in the executable jar
     * (~400 nested jars) that took 0.7–1.6 s at every start, this takes a few milliseconds.
     *
     * <p>Each folder is the first of that name on the class path ({@code classpath:}, not {@code classpath*:}), as a
     * class or a resource would be: a second copy further on must not count each version twice. (A service that a test
     * forks, support/ServiceProcess, inherits Surefire's class path, which ends in an empty entry: the working
     * directory, the project, whose source folder cypher/schema/ is such a copy.)
     */
    private static List<URL> findResources(List<String> folders) {
        var resolver = new PathMatchingResourcePatternResolver(SchemaInitializer.class.getClassLoader());
        List<URL> found = new ArrayList<>();
        for (String folder : folders) {
            try {
                for (Resource resource : resolver.getResources("classpath:" + folder + "/**/*")) {
                    if (resource.isReadable()) {
                        found.add(resource.getURL());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the class path folder " + folder, e);
            }
        }
        return found;
    }
}
