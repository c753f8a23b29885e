// Pairs of similar tasks of one or more documents (stored at import as SIMILAR_TO: within a document, and between the
// documents of one government), both tasks of these documents: whole tasks at least $minSimilarity alike, or sharing a
// sentence at least that alike. Boilerplate only with $includeBoilerplate.
// :param documentIds => ['zhonglou-2021']
// :param minSimilarity => 0.5
// :param includeBoilerplate => false
MATCH (doc:Document)-[:CONTAINS]->(a:Task)-[s:SIMILAR_TO]->(b:Task)
WHERE doc.id IN $documentIds AND b.documentId IN $documentIds AND ($includeBoilerplate OR NOT (a.boilerplate OR b.boilerplate))
  AND (s.score >= $minSimilarity OR (s.passage IS NOT NULL AND s.passageScore >= $minSimilarity))
RETURN a AS first, COLLECT { MATCH (o:Department)-[w:OWNS]->(a) RETURN o.id ORDER BY w.ordinal, o.id } AS firstOwnerIds,
       b AS second, COLLECT { MATCH (o:Department)-[w:OWNS]->(b) RETURN o.id ORDER BY w.ordinal, o.id } AS secondOwnerIds,
       s.score AS score, s.passage AS passage, s.passageScore AS passageScore
ORDER BY a.documentId, a.section, a.ordinal, b.section, b.ordinal;
