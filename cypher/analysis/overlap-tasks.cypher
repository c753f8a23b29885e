// The two sides of an overlap in one or more documents: the clauses each of two departments takes part in (any role),
// and the clauses both take part in, in document order with their owners. Only these two departments are read.
// :param documentIds => ['zhonglou-2021']
// :param a => '常州市钟楼区/区工信局'
// :param b => '常州市钟楼区/区市场监管局'
MATCH (a:Department {id: $a}), (b:Department {id: $b})
RETURN COLLECT { MATCH (a)-[:LEAD|JOINT|SUPPORT]->(t:Task) WHERE t.documentId IN $documentIds RETURN DISTINCT t.id } AS tasksOfA,
       COLLECT { MATCH (b)-[:LEAD|JOINT|SUPPORT]->(t:Task) WHERE t.documentId IN $documentIds RETURN DISTINCT t.id } AS tasksOfB,
       COLLECT {
         MATCH (a)-[:LEAD|JOINT|SUPPORT]->(t:Task)<-[:LEAD|JOINT|SUPPORT]-(b)
         WHERE t.documentId IN $documentIds
         WITH DISTINCT t
         ORDER BY t.documentId, t.section, t.ordinal
         RETURN {task: t, ownerIds: COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id }}
       } AS both;
