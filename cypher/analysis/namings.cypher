// Where one department's tasks (those it owns) name another: its role edges (with evidence) and role-less mentions.
// :param documentId => 'zhonglou-2021'
// :param ownerId => '常州市钟楼区/区工信局'
// :param namedId => '常州市钟楼区/区市场监管局'
MATCH (owner:Department {id: $ownerId})-[:OWNS]->(t:Task {documentId: $documentId})
MATCH (named:Department {id: $namedId})
WHERE NOT (named)-[:OWNS]->(t)
OPTIONAL MATCH (named)-[r:LEAD|JOINT|SUPPORT]->(t)
WITH t, named, r
WHERE r IS NOT NULL OR EXISTS { (t)-[:MENTIONS]->(named) }
RETURN t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds, named AS department, type(r) AS role,
       r.evidence AS evidence
ORDER BY t.section, t.ordinal;
