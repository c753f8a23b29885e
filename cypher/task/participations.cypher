// The roles of several departments, each optionally of one role and in one document, in document order.
// :param keys => [{departmentId: '常州市钟楼区/钟楼生态环境局', role: 'JOINT', documentId: null}]
UNWIND $keys AS k
MATCH (x:Department {id: k.departmentId})-[r:LEAD|JOINT|SUPPORT]->(t:Task)
WHERE (k.role IS NULL OR type(r) = k.role) AND (k.documentId IS NULL OR t.documentId = k.documentId)
RETURN k.departmentId AS departmentId, k.role AS roleFilter, k.documentId AS documentId,
       x AS department, type(r) AS role, r.evidence AS evidence, coalesce(r.stated, false) AS stated, t AS task,
       COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY t.documentId, t.section, t.ordinal, CASE type(r) WHEN 'LEAD' THEN 0 WHEN 'JOINT' THEN 1 ELSE 2 END;
