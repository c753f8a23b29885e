package org.dutygraph.database;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded database's Bolt user {@value #USER}: the operator's ({@code dutygraph.bolt-password}),
 * or, when none is set, one made for this run and known only to the service. Bolt always asks for it, so nothing on
 * the machine reaches the graph, or what the database can read about the service (its command line and system
 * properties, which may hold the admin token, are attributes of {@code dbms.queryJmx}), without it.
 *
 * @param value      the password; never logged ({@link #toString()} hides it)
 * @param configured whether the operator set it (and can connect Neo4j Browser or cypher-shell with it)
 */
record BoltPassword(String value, boolean configured) {

    static final String USER = "neo4j";

    /** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
    static final int MIN_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The operator's password, or a random one when {@code configured} is null or empty. */
    static BoltPassword of(String configured) {
        if (configured == null || configured.isEmpty()) {
            return new BoltPassword(random(), false);
        }
        if (configured.length() < MIN_LENGTH) {
            throw new EmbeddedNeo4j.StartRefusedException(
                    "dutygraph.bolt-password has " + configured.length() + " characters; Neo4j needs at least "
                            + MIN_LENGTH,
                    "Set dutygraph.bolt-password (environment DUTYGRAPH_BOLT_PASSWORD) to at least " + MIN_LENGTH
                            + " characters, or leave it unset to have Bolt closed to everyone but the service.",
                    null);
        }
        return new BoltPassword(configured, true);
    }

    /** 24 random bytes, URL-safe Base64: 32 characters. */
    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** How an operator logs in, for the start-up log: never the password itself. */
    String login() {
        return configured
                ? "user " + USER + ", password dutygraph.bolt-password"
                : "user " + USER + ", a password made for this run: set DUTYGRAPH_BOLT_PASSWORD to connect Neo4j Browser";
    }

    @Override
    public String toString() {
        return "BoltPassword[" + (configured ? "configured" : "made for this run") + "]";
    }
}
