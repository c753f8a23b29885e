package org.dutygraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.dutygraph.DutygraphApplication;
import org.dutygraph.cypher.CypherQueries;
import org.dutygraph.support.GraphQlHttp;
import org.dutygraph.support.HttpJson;
import org.dutygraph.support.SchemaAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application in embedded mode on a fresh data directory. Contexts are started and closed
 * by hand (not cached by the Spring test framework) because a restart on the same store is tested
 * and Neo4j locks its store.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void startsEmbeddedNeo4jWithSchemaAndHealthAndKeepsDataAcrossRestart() throws Exception {
        String id = UUID.randomUUID().toString();
        String seedImportedAt;
        List<Map<String, Object>> history;

        try (var context = start()) {
            var endpoint = context.getBean(DatabaseEndpoint.class);
            assertThat(endpoint.embedded()).isTrue();
            assertThat(endpoint.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(endpoint.boltUri().getPort()).isPositive();

            var health = HttpJson.get(port(context), "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
            assertThat(JsonPath.<String>read(health.body(), "$.components.neo4j.status")).isEqualTo("UP");

            var queries = context.getBean(CypherQueries.class);
            var driver = context.getBean(Driver.class);
            SchemaAssertions.assertSchemaApplied(
                    rows(driver, queries.get("admin/list-constraints"), Map.of()),
                    rows(driver, queries.get("admin/list-indexes"), Map.of()));

            rows(driver, queries.get("test/create-marker"), Map.of("id", id));

            // Every schema migration applied once, in order; a start killed mid-migration would leave its lock.
            history = rows(driver, queries.get("admin/migration-history"), Map.of());
            assertThat(history).extracting(row -> row.get("version"))
                    .containsExactlyElementsOf(SchemaMigrationsIT.localVersions());
            rows(driver, queries.get("test/create-stale-migration-lock"), Map.of("id", id));

            // A new store is filled with the seed document on first start.
            var documents = GraphQlHttp.on(port(context)).execute("{ documents { id taskCount importedAt } }", Map.of());
            assertThat(documents.<List<String>>read("$.data.documents[*].id")).containsExactly("zhonglou-2021");
            assertThat(documents.<List<Integer>>read("$.data.documents[*].taskCount")).containsExactly(123);
            seedImportedAt = documents.<List<String>>read("$.data.documents[*].importedAt").getFirst();
        }

        // Same data directory: the node is still there; the second start applies no migration (the history is as the
        // first left it) and gets past the lock left behind, which only a dead start can have left in this store.
        try (var context = start()) {
            var queries = context.getBean(CypherQueries.class);
            var driver = context.getBean(Driver.class);
            var count = rows(driver, queries.get("test/count-markers"), Map.of("id", id));
            assertThat(count).singleElement().extracting(row -> row.get("count")).isEqualTo(1L);
            assertThat(rows(driver, queries.get("admin/migration-history"), Map.of())).isEqualTo(history);
            assertThat(rows(driver, queries.get("test/count-migration-locks"), Map.of()))
                    .singleElement().extracting(row -> row.get("count")).isEqualTo(0L);

            // A store that holds a document is not seeded again.
            var documents = GraphQlHttp.on(port(context)).execute("{ documents { id importedAt } }", Map.of());
            assertThat(documents.<List<String>>read("$.data.documents[*].importedAt")).containsExactly(seedImportedAt);
        }
    }

    @Test
    void boltListensOnLoopbackOnly() throws Exception {
        try (var context = start()) {
            int port = context.getBean(DatabaseEndpoint.class).boltUri().getPort();

            var api = (GraphDatabaseAPI) context.getBean(DatabaseManagementService.class).database("system");
            var bound = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            assertThat(bound.getHost()).isEqualTo("127.0.0.1");

            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            }
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThatThrownBy(() -> {
                    try (var socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 2_000);
                    }
                }).as("Bolt must not be reachable on %s", address).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void a_data_directory_that_cannot_be_made_ends_start_up_with_what_to_fix(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        Path file = java.nio.file.Files.writeString(dataDir.resolve("not-a-directory"), "x");
        Path impossible = file.resolve("data");

        assertThatThrownBy(() -> new SpringApplicationBuilder(DutygraphApplication.class).run(
                "--dutygraph.data-dir=" + impossible, "--dutygraph.bolt-port=0", "--server.port=0"))
                .hasRootCauseInstanceOf(java.nio.file.FileSystemException.class);

        List<String> lines = output.getAll().lines().toList();
        String end = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        assertThat(end).contains("APPLICATION FAILED TO START", "the data directory " + impossible.toAbsolutePath()
                + " cannot be created or written", "Set dutygraph.data-dir (environment DUTYGRAPH_DATA_DIR)");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DutygraphApplication.class).run(
                "--dutygraph.data-dir=" + dataDir,
                "--dutygraph.bolt-port=0",
                "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * Bolt asks everyone for the password, the service included. Before it did, any process of the machine read the
     * graph and, through {@code dbms.queryJmx}, the service's command line: an admin token given as an argument.
     */
    @Test
    void bolt_asks_for_the_password_and_the_command_line_is_not_readable_without_it() throws Exception {
        String token = "cmdline-" + UUID.randomUUID();
        String jmx = new CypherQueries().get("test/runtime-jmx");
        try (var context = new SpringApplicationBuilder(DutygraphApplication.class).run(
                "--dutygraph.data-dir=" + dataDir, "--dutygraph.bolt-port=0", "--server.port=0",
                "--dutygraph.admin-token=" + token)) {
            var bolt = context.getBean(DatabaseEndpoint.class).boltUri();
            for (var credentials : List.of(AuthTokens.none(),
                    AuthTokens.basic("neo4j", "neo4j"),
                    AuthTokens.basic("neo4j", token))) {
                try (Driver driver = GraphDatabase.driver(bolt, credentials)) {
                    assertThatThrownBy(() -> rows(driver, jmx, Map.of())).as(credentials.toString())
                            .isInstanceOf(AuthenticationException.class);
                }
            }
            // the service itself still reads and writes through Bolt
            var documents = GraphQlHttp.on(port(context)).execute("{ documents { id } }", Map.of());
            assertThat(documents.<List<String>>read("$.data.documents[*].id")).containsExactly("zhonglou-2021");
        }
    }

    /** The operator's password opens Bolt to Neo4j Browser and cypher-shell; a new one replaces it on restart. */
    @Test
    void the_operators_bolt_password_lets_neo4j_browser_in_and_a_new_one_replaces_it() throws Exception {
        String first = "first-" + UUID.randomUUID();
        String second = "second-" + UUID.randomUUID();
        String documentIds = new CypherQueries().get("test/document-ids");
        try (var context = startWithBoltPassword(first)) {
            var bolt = context.getBean(DatabaseEndpoint.class).boltUri();
            try (Driver driver = GraphDatabase.driver(bolt,
                    AuthTokens.basic("neo4j", first))) {
                assertThat(rows(driver, documentIds, Map.of())).extracting(row -> row.get("id"))
                        .containsExactly("zhonglou-2021");
            }
        }
        for (String password : List.of(second, second)) { // the same password twice: a plain restart
            try (var context = startWithBoltPassword(password)) {
                var bolt = context.getBean(DatabaseEndpoint.class).boltUri();
                try (Driver driver = GraphDatabase.driver(bolt,
                        AuthTokens.basic("neo4j", first))) {
                    assertThatThrownBy(() -> rows(driver, documentIds, Map.of()))
                            .isInstanceOf(AuthenticationException.class);
                }
                try (Driver driver = GraphDatabase.driver(bolt,
                        AuthTokens.basic("neo4j", password))) {
                    assertThat(rows(driver, documentIds, Map.of())).extracting(row -> row.get("id"))
                            .containsExactly("zhonglou-2021");
                }
            }
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void a_bolt_password_too_short_ends_start_up_with_what_to_fix(
            org.springframework.boot.test.system.CapturedOutput output) {
        assertThatThrownBy(() -> startWithBoltPassword("Kq7#zP"))
                .hasRootCauseInstanceOf(EmbeddedNeo4j.StartRefusedException.class);

        List<String> lines = output.getAll().lines().toList();
        String end = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        assertThat(end).contains("APPLICATION FAILED TO START",
                "dutygraph.bolt-password has 6 characters; Neo4j needs at least 8",
                "Set dutygraph.bolt-password (environment DUTYGRAPH_BOLT_PASSWORD) to at least 8 characters")
                .doesNotContain("Kq7#zP");
    }

    private ConfigurableApplicationContext startWithBoltPassword(String password) {
        return new SpringApplicationBuilder(DutygraphApplication.class).run(
                "--dutygraph.data-dir=" + dataDir, "--dutygraph.bolt-port=0", "--server.port=0",
                "--dutygraph.bolt-password=" + password);
    }

    /**
     * What Bolt reaches, even with the password, is not the files of the service (its environment holds the admin
     * token) nor the network.
     */
    @Test
    void cypher_on_bolt_reads_no_file_and_reaches_no_address() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.writeString(dataDir.resolve("secret.csv"), "token,s3cret\n");
        var contacted = new java.util.concurrent.atomic.AtomicInteger();
        var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            contacted.incrementAndGet();
            byte[] body = "a,b\n".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        var password = BoltPassword.of(null);
        DatabaseManagementService dbms = EmbeddedNeo4j.start(dataDir.resolve("neo4j"), 0, password, 8L << 20);
        try (Driver driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(dbms),
                AuthTokens.basic(BoltPassword.USER, password.value()))) {
            String loadCsv = new CypherQueries().get("test/load-csv");
            for (String url : List.of(secret.toUri().toString(), "file:///proc/self/environ", "file:///etc/passwd",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/x.csv")) {
                // refused by the setting that guards it, not by some other error in the statement
                assertThatThrownBy(() -> rows(driver, loadCsv, Map.of("url", url))).as(url)
                        .isInstanceOf(org.neo4j.driver.exceptions.ClientException.class)
                        .hasMessageContaining(url.startsWith("file:") ? "allow_csv_import_from_file_urls" : "cypher_ip_blocklist");
            }
            assertThat(contacted).as("no request left the database").hasValue(0);
        } finally {
            dbms.shutdown();
            server.stop(0);
        }
    }

    private static List<Map<String, Object>> rows(Driver driver, String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters).execute()
                .records().stream().map(Record::asMap).toList();
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(EmbeddedDatabaseIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !(a instanceof Inet6Address && a.isLinkLocalAddress()))
                .toList();
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
