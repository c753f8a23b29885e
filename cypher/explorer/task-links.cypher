// The bipartite view: every role edge of a document's clauses, department to task.
// :param documentId => 'zhonglou-2021'
MATCH (x:Department)-[r:LEAD|JOINT|SUPPORT]->(t:Task {documentId: $documentId})
RETURN x.id AS departmentId, type(r) AS role, r.evidence AS evidence, t AS task, [(o:Department)-[:OWNS]->(t) | o.id] AS ownerIds
ORDER BY t.section, t.ordinal;
