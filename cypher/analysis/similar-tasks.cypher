// Pairs of similar tasks of one or more documents (stored at import as SIMILAR_TO: within a document, and between the
// documents of one government), both tasks of these documents: whole tasks at least $minSimilarity alike, or sharing a
// sentence at least that alike. Boilerplate only with $includeBoilerplate.
// :param documentIds => ['zhonglou-2021']
// :param minSimilarity => 0.5
// :param includeBoilerplate => false
// First the documents covered: those of $documentIds the store holds or, when $documentIds is null, the most recently
// imported one, returned as documentIds on every row (the caller refuses an unknown document: AnalysisScope.Coverage);
// when the analysis finds nothing there, one row with documentIds only.
CALL () {
  UNWIND coalesce($documentIds, []) AS id
  MATCH (d:Document {id: id})
  RETURN d.id AS id
  UNION ALL
  WITH $documentIds IS NULL AS latest
  WHERE latest // first, so that no document is scanned when ids are given
  MATCH (d:Document)
  WITH d
  ORDER BY d.importedAt DESC
  LIMIT 1
  RETURN d.id AS id
}
WITH collect(id) AS documentIds
OPTIONAL CALL (documentIds) {
  MATCH (doc:Document)-[:CONTAINS]->(a:Task)-[s:SIMILAR_TO]->(b:Task)
  WHERE doc.id IN documentIds AND b.documentId IN documentIds AND ($includeBoilerplate OR NOT (a.boilerplate OR b.boilerplate))
    AND (s.score >= $minSimilarity OR (s.passage IS NOT NULL AND s.passageScore >= $minSimilarity))
  RETURN a AS first, COLLECT { MATCH (o:Department)-[w:OWNS]->(a) RETURN o.id ORDER BY w.ordinal, o.id } AS firstOwnerIds,
         b AS second, COLLECT { MATCH (o:Department)-[w:OWNS]->(b) RETURN o.id ORDER BY w.ordinal, o.id } AS secondOwnerIds,
         s.score AS score, s.passage AS passage, s.passageScore AS passageScore
}
RETURN documentIds, first, firstOwnerIds, second, secondOwnerIds, score, passage, passageScore
ORDER BY first.documentId, first.section, first.ordinal, second.section, second.ordinal;
