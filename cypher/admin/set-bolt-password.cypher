// The password of the embedded database's one user, `neo4j`, on its Bolt port.
// Runs against the system database (in Neo4j Browser: `:use system` first).
// Parameters: $password (at least 8 characters)
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED;
