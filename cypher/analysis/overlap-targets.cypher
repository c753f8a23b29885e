// The quantified targets of the clauses either of two departments owns in one or more documents, for the shared
// targets of their overlap (document-targets.cypher reads the whole documents').
// :param documentIds => ['zhonglou-2021']
// :param a => '常州市钟楼区/区工信局'
// :param b => '常州市钟楼区/区市场监管局'
MATCH (o:Department)-[:OWNS]->(t:Task)
WHERE o.id IN [$a, $b] AND t.documentId IN $documentIds
WITH DISTINCT t
MATCH (t)-[:SETS]->(g:Target)
RETURN g AS target, t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY t.documentId, t.section, t.ordinal, g.ordinal;
