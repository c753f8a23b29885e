// Targets of the tasks of one or more documents, for the target nodes of the explorer graph.
// :param documentIds => ['zhonglou-2021']
MATCH (doc:Document)-[:CONTAINS]->(t:Task)-[:SETS]->(g:Target)
WHERE doc.id IN $documentIds
RETURN t.id AS taskId, g AS target
ORDER BY t.documentId, t.section, t.ordinal, g.ordinal;
