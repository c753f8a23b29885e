// Targets of a document's clauses, for the target nodes of the explorer graph.
// :param documentId => 'zhonglou-2021'
MATCH (t:Task {documentId: $documentId})-[:SETS]->(g:Target)
RETURN t.id AS taskId, g AS target
ORDER BY t.section, t.ordinal, g.ordinal;
