package org.dutygraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a start copies the store template and when it leaves it alone, on folders shaped like a DBMS home (the copy
 * of a real store, started and served, is {@code StoreTemplateIT}'s).
 */
class StoreTemplateTest {

    private static final String BUILD = "0.1.0 built at 2026-11-29T21:00:00Z";

    @TempDir
    Path folder;

    @Test
    void the_template_of_this_build_is_copied_into_a_home_without_a_store() throws IOException {
        Path template = template(BUILD);
        Path home = folder.resolve("home");

        assertThat(StoreTemplate.copyInto(template, home, Optional.of(BUILD))).isTrue();

        assertThat(Files.readString(home.resolve("data/databases/neo4j/neostore"))).isEqualTo("store of the template");
        assertThat(Files.readString(home.resolve("data/transactions/neo4j/neostore.transaction.db.0"))).isEqualTo("log");
        // Only the store: not the marker (this home is no template) nor the training run's logs.
        assertThat(home.resolve(StoreTemplate.MARKER)).doesNotExist();
        assertThat(home.resolve("logs")).doesNotExist();
        assertThat(children(home)).containsExactly("data");
    }

    @Test
    void a_home_with_a_store_of_its_own_is_left_as_it_is() throws IOException {
        Path template = template(BUILD);
        Path home = folder.resolve("home");
        Files.createDirectories(home.resolve("data/databases/neo4j"));
        Files.writeString(home.resolve("data/databases/neo4j/neostore"), "the user's own store");

        assertThat(StoreTemplate.copyInto(template, home, Optional.of(BUILD))).isFalse();

        assertThat(Files.readString(home.resolve("data/databases/neo4j/neostore"))).isEqualTo("the user's own store");
    }

    @Test
    void a_template_made_by_another_build_or_not_marked_is_not_used() throws IOException {
        Path home = folder.resolve("home");

        assertThat(StoreTemplate.copyInto(template("0.1.0 built at 2026-11-28T08:00:00Z"), home, Optional.of(BUILD)))
                .isFalse();
        assertThat(StoreTemplate.copyInto(template(BUILD), home, Optional.empty())).isFalse();
        Path unmarked = template(BUILD);
        Files.delete(unmarked.resolve(StoreTemplate.MARKER));
        assertThat(StoreTemplate.copyInto(unmarked, home, Optional.of(BUILD))).isFalse();
        assertThat(StoreTemplate.copyInto(folder.resolve("no such folder"), home, Optional.of(BUILD))).isFalse();

        assertThat(home.resolve("data")).doesNotExist();
    }

    @Test
    void an_unfinished_copy_left_by_a_start_killed_while_copying_is_removed_and_the_copy_made_whole() throws IOException {
        Path template = template(BUILD);
        Path home = folder.resolve("home");
        Path unfinished = home.resolve(StoreTemplate.COPYING + "123/data/databases/neo4j");
        Files.createDirectories(unfinished);
        Files.writeString(unfinished.resolve("neostore"), "half");

        assertThat(StoreTemplate.copyInto(template, home, Optional.of(BUILD))).isTrue();

        assertThat(children(home)).containsExactly("data");
        assertThat(Files.readString(home.resolve("data/databases/neo4j/neostore"))).isEqualTo("store of the template");
    }

    @Test
    void marking_names_the_build_and_needs_a_store() throws IOException {
        Path home = folder.resolve("trained");
        assertThatThrownBy(() -> StoreTemplate.mark(home, BUILD)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no store to make a template of");

        Files.createDirectories(home.resolve("data/databases/neo4j"));
        Files.writeString(home.resolve("data/databases/neo4j/neostore"), "trained");
        StoreTemplate.mark(home, BUILD);

        assertThat(StoreTemplate.copyInto(home, folder.resolve("first start"), Optional.of(BUILD))).isTrue();
        assertThat(StoreTemplate.copyInto(home, folder.resolve("next build"), Optional.of(BUILD + "!"))).isFalse();
    }

    @Test
    void the_build_is_named_by_the_build_information_maven_writes() {
        assertThat(StoreTemplate.build()).hasValueSatisfying(build -> assertThat(build).matches("\\S+ built at \\S+"));
    }

    private Path template(String build) throws IOException {
        Path template = Files.createTempDirectory(folder, "template");
        Files.createDirectories(template.resolve("data/databases/neo4j"));
        Files.createDirectories(template.resolve("data/transactions/neo4j"));
        Files.createDirectories(template.resolve("logs"));
        Files.writeString(template.resolve("data/databases/neo4j/neostore"), "store of the template");
        Files.writeString(template.resolve("data/transactions/neo4j/neostore.transaction.db.0"), "log");
        Files.writeString(template.resolve("logs/debug.log"), "training");
        StoreTemplate.mark(template, build);
        return template;
    }

    private static java.util.List<String> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
