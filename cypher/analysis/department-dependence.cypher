// What waits on each department: the other departments whose clauses name it as LEAD or JOINT (with the role
// edges as evidence), and the dated deadlines (4月底前, not 汛前) of every clause it leads or joins.
// Boilerplate clauses are left out.
// :param documentId => 'zhonglou-2021'
MATCH (:Document {id: $documentId})-[:INVOLVES]->(x:Department)
OPTIONAL MATCH (x)-[r:LEAD|JOINT]->(t:Task {documentId: $documentId})<-[:OWNS]-(owner:Department)
WHERE owner <> x AND NOT t.boilerplate
WITH x, collect(DISTINCT owner.id) AS dependents,
     collect(DISTINCT CASE WHEN t IS NULL THEN null ELSE {task: t, ownerId: owner.id, role: type(r), evidence: r.evidence} END) AS claims
OPTIONAL MATCH (x)-[:LEAD|JOINT]->(d:Task {documentId: $documentId})-[:DUE]->(due:Deadline)
WHERE due.month IS NOT NULL AND NOT d.boilerplate
RETURN x AS department, dependents, claims, count(DISTINCT [d.id, due.id]) AS datedDeadlines;
