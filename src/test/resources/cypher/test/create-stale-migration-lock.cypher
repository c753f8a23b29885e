// The lock of schema migrations (neo4j-migrations' own node, under its one name) as a start killed in the middle of a
// migration leaves it behind.
// Parameters: $id
CREATE (:__Neo4jMigrationsLock {id: $id, name: 'John Doe'});
