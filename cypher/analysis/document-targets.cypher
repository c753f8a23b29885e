// Every target of a document with the task that sets it and that task's owners, in document order.
// :param documentId => 'zhonglou-2021'
MATCH (:Document {id: $documentId})-[:CONTAINS]->(t:Task)-[:SETS]->(g:Target)
RETURN g AS target, t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY t.section, t.ordinal, g.ordinal;
