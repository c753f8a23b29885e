package org.dutygraph.database;

import java.net.URI;

/**
 * Where the application's Neo4j driver connects to.
 *
 * @param boltUri  the driver URI
 * @param embedded whether the database runs inside this JVM
 */
public record DatabaseEndpoint(URI boltUri, boolean embedded) {
}
