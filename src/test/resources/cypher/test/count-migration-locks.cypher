// Locks of schema migrations in the store (none once a start has finished).
MATCH (lock:__Neo4jMigrationsLock)
RETURN count(lock) AS count;
