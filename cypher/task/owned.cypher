// The tasks several departments own, each optionally in one document.
// :param keys => [{departmentId: '常州市钟楼区/区工信局', documentId: null}]
UNWIND $keys AS k
MATCH (owner:Department {id: k.departmentId})-[:OWNS]->(t:Task)
WHERE k.documentId IS NULL OR t.documentId = k.documentId
RETURN k.departmentId AS departmentId, k.documentId AS documentId, t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY t.documentId, t.section, t.ordinal;
