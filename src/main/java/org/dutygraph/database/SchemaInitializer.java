package org.dutygraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.dutygraph.cypher.CypherScript;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies every {@code cypher/schema/*.cypher} file, in file-name order, at start-up.
 *
 * <p>Runs once all singletons exist but before the web server starts accepting requests and before
 * any runner, so nothing sees the database without its constraints and indexes. The files must be
 * idempotent ({@code IF NOT EXISTS}); they are applied on every start.
 */
@Component
class SchemaInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);
    static final String LOCATION = "classpath*:cypher/schema/*.cypher";

    private final Driver driver;
    private final ResourcePatternResolver resources;

    SchemaInitializer(Driver driver, ResourcePatternResolver resources) {
        this.driver = driver;
        this.resources = resources;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Resource[] files = schemaFiles();
        int count = 0;
        try (var session = driver.session()) {
            for (Resource file : files) {
                for (String statement : CypherScript.statements(read(file))) {
                    // Auto-commit: schema commands cannot share a transaction with other writes.
                    session.run(statement).consume();
                    count++;
                }
            }
        }
        log.info("Applied {} schema statements from {} files", count, files.length);
    }

    private Resource[] schemaFiles() {
        try {
            Resource[] files = resources.getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + LOCATION, e);
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }
}
