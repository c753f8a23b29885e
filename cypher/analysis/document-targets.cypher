// Every target of a document with the task that sets it and that task's owners, in document order.
// :param documentId => 'zhonglou-2021'
MATCH (:Document {id: $documentId})-[:CONTAINS]->(t:Task)-[:SETS]->(g:Target)
RETURN g AS target, t AS task, [(o:Department)-[:OWNS]->(t) | o.id] AS ownerIds
ORDER BY t.section, t.ordinal, g.ordinal;
