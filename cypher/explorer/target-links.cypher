// Targets of the tasks of one or more documents, for the target nodes of the explorer graph.
// :param documentIds => ['zhonglou-2021']
// Read from the documents (their ids are a unique index): Task.documentId has only the composite (documentId, section)
// index, which a documentId-only condition cannot seek, so MATCH (t:Task) WHERE t.documentId IN … scanned every task.
MATCH (doc:Document)-[:CONTAINS]->(t:Task)-[:SETS]->(g:Target)
WHERE doc.id IN $documentIds
RETURN t.id AS taskId, g AS target
ORDER BY t.documentId, t.section, t.ordinal, g.ordinal;
