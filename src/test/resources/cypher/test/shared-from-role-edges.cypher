// The pairs of departments that take a role in the same task (not boilerplate) of each document, with those tasks,
// computed afresh from the role edges: the oracle of the stored SHARED links.
MATCH (doc:Document)-[:CONTAINS]->(t:Task)<-[:LEAD|JOINT|SUPPORT]-(x:Department)
WHERE NOT t.boilerplate
MATCH (t)<-[:LEAD|JOINT|SUPPORT]-(y:Department)
WHERE x.id < y.id
WITH doc.id AS documentId, x.id AS from, y.id AS to, t.id AS task
ORDER BY task
RETURN documentId, from, to, collect(DISTINCT task) AS tasks, count(DISTINCT task) AS sharedTasks
ORDER BY documentId, from, to;
