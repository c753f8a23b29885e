// Every target of one or more documents with the task that sets it and that task's owners (ids, and the departments
// themselves for the answer), document by document in document order.
// :param documentIds => ['zhonglou-2021']
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
  MATCH (doc:Document)-[:CONTAINS]->(t:Task)-[:SETS]->(g:Target)
  WHERE doc.id IN documentIds
  RETURN g AS target, t AS task,
         COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds,
         COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o ORDER BY w.ordinal, o.id } AS owners
}
RETURN documentIds, target, task, ownerIds, owners
ORDER BY task.documentId, task.section, task.ordinal, target.ordinal;
