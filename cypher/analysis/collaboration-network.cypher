// The department collaboration network of a document: two departments are linked when both hold a role
// (LEAD, JOINT or SUPPORT) in the same clause, weighted by how many such clauses they share. Boilerplate
// clauses count only with $includeBoilerplate. Departments without any link still come back (as isolated).
// :param documentId => 'zhonglou-2021'
// :param includeBoilerplate => false
MATCH (:Document {id: $documentId})-[:INVOLVES]->(x:Department)
OPTIONAL MATCH (x)-[:LEAD|JOINT|SUPPORT]->(t:Task {documentId: $documentId})<-[:LEAD|JOINT|SUPPORT]-(y:Department)
WHERE x.id < y.id AND ($includeBoilerplate OR NOT t.boilerplate)
RETURN x AS department, y.id AS partner, count(DISTINCT t) AS sharedTasks, collect(DISTINCT t.id) AS tasks;
