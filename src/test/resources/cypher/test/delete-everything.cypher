// Empties the store of documents, departments and tasks (the schema and its migration history stay): a test class
// starts from nothing but what it imports.
MATCH (n)
WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;
