// Where either of two departments' tasks (those it owns) in one or more documents names the other: its role edges
// (with evidence) and role-less mentions, both directions in one statement (ownerId says which), each in document
// order.
// :param documentIds => ['zhonglou-2021']
// :param a => '常州市钟楼区/区工信局'
// :param b => '常州市钟楼区/区市场监管局'
UNWIND [{owner: $a, named: $b}, {owner: $b, named: $a}] AS way
MATCH (owner:Department {id: way.owner})-[:OWNS]->(t:Task)
WHERE t.documentId IN $documentIds
MATCH (named:Department {id: way.named})
WHERE NOT (named)-[:OWNS]->(t)
OPTIONAL MATCH (named)-[r:LEAD|JOINT|SUPPORT]->(t)
WITH way, t, named, r
WHERE r IS NOT NULL OR EXISTS { (t)-[:MENTIONS]->(named) }
RETURN way.owner AS ownerId, t AS task,
       COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds,
       named AS department, type(r) AS role, r.evidence AS evidence
ORDER BY way.owner = $a DESC, t.documentId, t.section, t.ordinal;
