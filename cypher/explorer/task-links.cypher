// The bipartite view: every task of one or more documents with its role edges, department to task (a task no
// department takes part in comes back once, with no department).
// :param documentIds => ['zhonglou-2021']
// Read from the documents (their ids are a unique index): Task.documentId has only the composite (documentId, section)
// index, which a documentId-only condition cannot seek, so MATCH (t:Task) WHERE t.documentId IN … scanned every task.
MATCH (doc:Document)-[:CONTAINS]->(t:Task)
WHERE doc.id IN $documentIds
OPTIONAL MATCH (x:Department)-[r:LEAD|JOINT|SUPPORT]->(t)
RETURN x.id AS departmentId, type(r) AS role, r.evidence AS evidence, t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY t.documentId, t.section, t.ordinal;
