// The duplicated clauses of two departments in one or more documents: similar-task pairs (as stored at import, within
// a document or between two of one government's, boilerplate left out) between a clause one of them owns and a
// clause the other owns, the same pairs the duplicate analysis reads from similar-tasks.cypher, but only these.
// :param documentIds => ['zhonglou-2021']
// :param a => '常州市钟楼区/区工信局'
// :param b => '常州市钟楼区/区市场监管局'
// :param minSimilarity => 0.5
MATCH (:Department {id: $a})-[:OWNS]->(x:Task)-[s:SIMILAR_TO]-(y:Task)<-[:OWNS]-(:Department {id: $b})
WHERE x.documentId IN $documentIds AND y.documentId IN $documentIds AND NOT (x.boilerplate OR y.boilerplate)
  AND (s.score >= $minSimilarity OR (s.passage IS NOT NULL AND s.passageScore >= $minSimilarity))
WITH DISTINCT s
WITH startNode(s) AS a, endNode(s) AS b, s
RETURN a AS first, COLLECT { MATCH (o:Department)-[w:OWNS]->(a) RETURN o.id ORDER BY w.ordinal, o.id } AS firstOwnerIds,
       b AS second, COLLECT { MATCH (o:Department)-[w:OWNS]->(b) RETURN o.id ORDER BY w.ordinal, o.id } AS secondOwnerIds,
       s.score AS score, s.passage AS passage, s.passageScore AS passageScore
ORDER BY a.documentId, a.section, a.ordinal, b.section, b.ordinal;
