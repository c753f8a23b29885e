package org.dutygraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ac.simons.neo4j.migrations.core.MigrationsException;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.support.Neo4jHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The schema migrations of {@code cypher/schema/} (neo4j-migrations on the Neo4j and driver of this build), applied
 * to the shared harness as {@link SchemaInitializer} applies them at start-up: each version once, with its history,
 * and an edited file refused. Other tests may have migrated the harness already; every assertion holds either way.
 */
class SchemaMigrationsIT {

    private static Driver driver;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(Neo4jHarness.boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void close() {
        driver.close();
    }

    @Test
    void each_version_is_applied_once_and_a_second_run_applies_nothing() throws IOException {
        SchemaInitializer.apply(driver, SchemaInitializer.LOCATION);
        List<Map<String, Object>> history = history();

        assertThat(SchemaInitializer.apply(driver, SchemaInitializer.LOCATION)).as("versions applied by a second run")
                .isEmpty();

        assertThat(history).extracting(row -> row.get("version")).as("each version once, in order")
                .containsExactlyElementsOf(localVersions());
        assertThat(history()).as("the history the second run found, untouched").isEqualTo(history);
    }

    @Test
    void a_migration_edited_after_it_was_applied_is_refused_with_what_to_do(@TempDir Path edited) throws IOException {
        SchemaInitializer.apply(driver, SchemaInitializer.LOCATION);
        List<Map<String, Object>> history = history();
        Path schema = schemaDirectory();
        try (Stream<Path> files = Files.list(schema)) {
            for (Path file : files.toList()) {
                Files.copy(file, edited.resolve(file.getFileName()));
            }
        }
        Path first = edited.resolve(localFiles().getFirst());
        Files.writeString(first, Files.readString(first) + "// an edit after the fact\n");

        assertThatThrownBy(() -> SchemaInitializer.apply(driver, edited.toUri().toString()))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("Checksum of " + localVersions().getFirst())
                .satisfies(e -> assertThat(new SchemaMigrationFailureAnalyzer().analyze(e).getAction())
                        .contains("Restore that file as it was", "new file with the next version"));
        assertThat(history()).as("nothing applied or recorded").isEqualTo(history);
    }

    /** The library's own refusal, from a lock a killed start left behind, not a message written here. */
    @Test
    void a_lock_left_on_an_external_database_is_explained_with_the_file_that_removes_it() {
        var database = Neo4jHarness.get().defaultDatabaseService();
        CypherQueries queries = new CypherQueries();
        database.executeTransactionally(queries.get("test/create-stale-migration-lock"),
                Map.of("id", java.util.UUID.randomUUID().toString()));
        try {
            assertThatThrownBy(() -> SchemaInitializer.apply(driver, SchemaInitializer.LOCATION))
                    .isInstanceOf(MigrationsException.class)
                    .satisfies(e -> assertThat(new SchemaMigrationFailureAnalyzer().analyze(e).getAction())
                            .contains("cypher/admin/release-migration-lock.cypher"));
        } finally {
            database.executeTransactionally(queries.get("admin/release-migration-lock"));
        }
    }

    private static List<Map<String, Object>> history() {
        return Neo4jHarness.get().defaultDatabaseService().executeTransactionally(
                new CypherQueries().get("admin/migration-history"), Map.of(),
                result -> result.stream().<Map<String, Object>>map(java.util.HashMap::new).toList());
    }

    /** The compiled cypher/schema/ folder: the files the service applies. */
    private static Path schemaDirectory() {
        try {
            return Path.of(SchemaMigrationsIT.class.getClassLoader().getResource("cypher/schema").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> localFiles() throws IOException {
        try (Stream<Path> files = Files.list(schemaDirectory())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** The versions of cypher/schema/, in order: V001__Constraints.cypher → 001. */
    static List<String> localVersions() throws IOException {
        return localFiles().stream().map(name -> name.substring(1, name.indexOf("__"))).toList();
    }
}
