// The schema migrations applied to this database (cypher/schema/, recorded by neo4j-migrations): each version once,
// in order, with its checksum, and when and by whom it was applied (on the MIGRATED_TO that leads to it from the
// version before, or from the BASELINE node).
MATCH ()-[applied:MIGRATED_TO]->(migration:__Neo4jMigration)
RETURN migration.version AS version, migration.description AS description, migration.checksum AS checksum,
       applied.at AS appliedAt, applied.by AS appliedBy
ORDER BY version;
