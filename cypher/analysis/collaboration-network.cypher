// The department collaboration network of one or more documents: two departments are linked when both hold a role
// (LEAD, JOINT or SUPPORT) in the same task of these documents, weighted by how many such tasks they share; over
// several documents a department is one node (one per jurisdiction), so links of different documents meet in it.
// Boilerplate tasks count only with $includeBoilerplate. Departments without any link still come back (as isolated);
// a department is external only when every document involving it says so.
// :param documentIds => ['zhonglou-2021']
// :param includeBoilerplate => false
MATCH (doc:Document)-[i:INVOLVES]->(x:Department)
WHERE doc.id IN $documentIds
WITH x, all(e IN collect(i) WHERE e.external) AS external
OPTIONAL MATCH (x)-[:LEAD|JOINT|SUPPORT]->(t:Task)<-[:LEAD|JOINT|SUPPORT]-(y:Department)
WHERE t.documentId IN $documentIds AND x.id < y.id AND ($includeBoilerplate OR NOT t.boilerplate)
RETURN x {.*, external: external} AS department, y.id AS partner, count(DISTINCT t) AS sharedTasks,
       collect(DISTINCT t.id) AS tasks;
