package org.dutygraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Neo4j data directory " + home, e);
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
                .build();
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
