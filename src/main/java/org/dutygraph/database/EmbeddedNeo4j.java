package org.dutygraph.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.dutygraph.cypher.CypherQueries;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts an embedded Neo4j DBMS that is reachable only through Bolt on the loopback interface, and only with the
 * password of its user {@value BoltPassword#USER}.
 */
final class EmbeddedNeo4j {

    static final String LOOPBACK = "127.0.0.1";

    private EmbeddedNeo4j() {
    }

    static DatabaseManagementService start(Path home, int boltPort, BoltPassword password, long pageCacheBytes) {
        try {
            Files.createDirectories(home);
            Path probe = Files.createTempFile(home, ".writable", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartRefusedException(
                    "the data directory " + home.toAbsolutePath() + " cannot be created or written: " + e,
                    "Set dutygraph.data-dir (environment DUTYGRAPH_DATA_DIR) to a directory this user can create and "
                            + "write, or make " + home.toAbsolutePath() + " writable; or use an external database "
                            + "(SPRING_NEO4J_URI).", e);
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                // Bind everything to loopback, and ask every Bolt client for the password: any process of the machine
                // could otherwise read the graph and, through dbms.queryJmx, the service's command line.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnector.enable_discovery, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // No phoning home: the machines this runs on have no general internet access.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Sized for a laptop: Neo4j's default page cache is half of the machine's free memory.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                // No transaction, read or write, runs longer than two minutes (a GraphQL request is abandoned at 30 s,
                // 110 s with the admin token; its last statement then ends here at the latest).
                .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofMinutes(2))
                // Cypher reaches neither the service's files nor the network: LOAD CSV from file URLs is off, its
                // import directory an empty one of the database's own, and every address blocked for LOAD CSV
                // from URLs (the service's environment holds the admin token).
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.toAbsolutePath().resolve("import"))
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .build();
        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        return dbms;
    }

    /**
     * Gives the user the password of this run. Neo4j refuses to set a password to the one it already has, so the
     * user passes through a throwaway one first (a restart with the same password would otherwise fail).
     */
    private static void setPassword(DatabaseManagementService dbms, BoltPassword password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String alterUser = new CypherQueries().get("admin/set-bolt-password");
        system.executeTransactionally(alterUser, Map.of("password", BoltPassword.random()));
        system.executeTransactionally(alterUser, Map.of("password", password.value()));
    }

    /** The embedded database cannot start as configured: says what is wrong and what to do, in one line each. */
    static final class StartRefusedException extends RuntimeException {
        private final String action;

        StartRefusedException(String problem, String action, Exception cause) {
            super(problem, cause);
            this.action = action;
        }

        String action() {
            return action;
        }
    }

    /** The Bolt URI actually bound, which differs from the configured one when port 0 was asked for. */
    static URI boltUri(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        HostnamePort address = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (address == null) {
            throw new IllegalStateException("The embedded Neo4j did not register a Bolt connector");
        }
        return URI.create("bolt://" + LOOPBACK + ":" + address.getPort());
    }
}
