package org.dutygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.support.GraphQlHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The store template as the fast start uses it, on the embedded database: one start makes it (store, migrations,
 * seed; stopped; marked, as {@code dutygraph.make-store-template} does), and a start on an empty data directory
 * given the template serves what the template holds without importing or migrating again.
 */
class StoreTemplateIT {

    @TempDir
    Path folder;

    @Test
    void a_first_start_given_this_builds_template_serves_its_store_and_one_given_another_builds_makes_its_own()
            throws Exception {
        Path template = folder.resolve("template");
        String marker = UUID.randomUUID().toString();
        try (var training = start(template, null)) {
            // Something only the template's store holds: a start that copied it finds it, one that made its own not.
            rows(training, "test/create-marker", Map.of("id", marker));
        }
        StoreTemplate.mark(template, StoreTemplate.build().orElseThrow());

        try (var fast = start(folder.resolve("fast"), template)) {
            assertThat(markers(fast, marker)).isEqualTo(1);
            assertThat(rows(fast, "admin/migration-history", Map.of())).extracting(row -> row.get("version"))
                    .containsExactlyElementsOf(SchemaMigrationsIT.localVersions());
            var answer = GraphQlHttp.on(port(fast)).execute("{ documents { id taskCount } }", Map.of());
            assertThat(answer.<List<String>>read("$.data.documents[*].id")).containsExactly("zhonglou-2021");
            assertThat(answer.<List<Integer>>read("$.data.documents[*].taskCount")).containsExactly(123);
        }
        assertThat(folder.resolve("fast").resolve(StoreTemplate.MARKER)).doesNotExist();

        StoreTemplate.mark(template, "0.0.1 built at 2020-01-01T00:00:00Z");
        try (var other = start(folder.resolve("other"), template)) {
            assertThat(markers(other, marker)).isZero();
            var answer = GraphQlHttp.on(port(other)).execute("{ documents { id taskCount } }", Map.of());
            assertThat(answer.<List<Integer>>read("$.data.documents[*].taskCount")).containsExactly(123);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, Path template) {
        List<String> args = new java.util.ArrayList<>(List.of("--dutygraph.data-dir=" + dataDir,
                "--dutygraph.bolt-port=0", "--server.port=0"));
        if (template != null) {
            args.add("--dutygraph.store-template=" + template);
        }
        return new SpringApplicationBuilder(DutygraphApplication.class).run(args.toArray(String[]::new));
    }

    private static long markers(ConfigurableApplicationContext context, String id) {
        return ((Number) rows(context, "test/count-markers", Map.of("id", id)).getFirst().get("count")).longValue();
    }

    private static List<Map<String, Object>> rows(ConfigurableApplicationContext context, String query,
                                                  Map<String, Object> parameters) {
        Driver driver = context.getBean(Driver.class);
        return driver.executableQuery(context.getBean(CypherQueries.class).get(query)).withParameters(parameters)
                .execute().records().stream().map(Record::asMap).toList();
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
