package org.dutygraph.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import inet.ipaddr.IPAddressString;
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

/** Starts an embedded Neo4j DBMS that is reachable only through Bolt on the loopback interface. */
final class EmbeddedNeo4j {

    static final String LOOPBACK = "127.0.0.1";

    private EmbeddedNeo4j() {
    }

    static DatabaseManagementService start(Path home, int boltPort) {
        try {
            Files.createDirectories(home);
            Path probe = Files.createTempFile(home, ".writable", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryException(home, e);
        }
        return new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                // Bind everything to loopback; this is what makes running without auth acceptable.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnector.enable_discovery, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // No phoning home: the machines this runs on have no general internet access.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // No transaction, read or write, runs longer than two minutes (a GraphQL request is abandoned at 30 s,
                // 110 s with the admin token; its last statement then ends here at the latest).
                .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofMinutes(2))
                // Cypher reaches neither the service's files nor the network: LOAD CSV from file URLs is off, its
                // import directory an empty one of the database's own, and every address blocked for LOAD CSV
                // from URLs (the service's environment holds the admin token; Bolt has no password by default).
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.toAbsolutePath().resolve("import"))
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .build();
    }

    /** The data directory cannot be made or written: the service cannot start, and says so in one line. */
    static final class DataDirectoryException extends RuntimeException {
        private final Path directory;

        DataDirectoryException(Path directory, Exception cause) {
            super("the data directory " + directory.toAbsolutePath() + " cannot be created or written: " + cause, cause);
            this.directory = directory;
        }

        Path directory() {
            return directory;
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
