// Every target of one or more documents with the task that sets it and that task's owners, document by document in
// document order.
// :param documentIds => ['zhonglou-2021']
MATCH (doc:Document)-[:CONTAINS]->(t:Task)-[:SETS]->(g:Target)
WHERE doc.id IN $documentIds
RETURN g AS target, t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY t.documentId, t.section, t.ordinal, g.ordinal;
