// Removes the lock that schema migrations (cypher/schema/) hold while they run, left behind when a start was killed
// in the middle of one. Run it only when no instance of the service is starting on this database. The embedded
// database needs no hand: its store admits one process, so the service removes a lock it finds there at start-up.
MATCH (lock:__Neo4jMigrationsLock)
DELETE lock
RETURN count(*) AS released;
