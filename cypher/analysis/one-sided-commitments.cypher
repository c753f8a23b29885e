// One-sided commitments in one or more documents, each task read by its own document's layout. In a document whose
// sections belong to departments: department A's clause names B as LEAD or JOINT, but B has no clause for that work
// (no SIMILAR_TO clause of B's), or none of B's similar clauses names A back; departments the task's document names as
// another government's come back as EXTERNAL so a reviewer can follow them up outside the document. In a task-division document, where a task's role
// statement commits every unit it lists: the task's running text names B as LEAD or JOINT (配合市发改委…, 会同X…) but
// its role statement does not list B (UNSTATED). Each row carries the task's owners and B's similar clauses
// (counterparts) themselves, for the answer.
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
  MATCH (doc:Document)-[:CONTAINS]->(t:Task)
  WHERE doc.id IN documentIds AND NOT t.boilerplate
  WITH doc, t, coalesce(doc.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES'] AS owned
  MATCH (b:Department)-[r:LEAD|JOINT]->(t)
  WHERE CASE WHEN owned THEN NOT (b)-[:OWNS]->(t) ELSE NOT coalesce(r.stated, false) END
  OPTIONAL MATCH (a:Department)-[:OWNS]->(t)
  WHERE owned AND a <> b
  WITH doc, t, owned, b, r, a
  WHERE a IS NOT NULL OR NOT owned
  OPTIONAL MATCH (t)-[:SIMILAR_TO]-(u:Task)<-[:OWNS]-(b)
  WHERE owned AND u.documentId IN documentIds
  WITH doc, t, owned, a, b, r, collect(DISTINCT u) AS counterparts,
       EXISTS { (doc)-[:INVOLVES {external: true}]->(b) } AS external
  WITH t, owned, a, b, r, counterparts, external,
       [u IN counterparts WHERE EXISTS { (a)-[:LEAD|JOINT|SUPPORT]->(u) } OR EXISTS { (u)-[:MENTIONS]->(a) }] AS answering
  WHERE NOT owned OR external OR size(answering) = 0
  RETURN t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds,
         COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o ORDER BY w.ordinal, o.id } AS owners, a.id AS ownerId,
         b {.*, external: external} AS named, type(r) AS role, r.evidence AS evidence, [u IN counterparts | u.id] AS counterpartIds,
         COLLECT { UNWIND counterparts AS u
                   RETURN {task: u, ownerIds: COLLECT { MATCH (o:Department)-[w:OWNS]->(u) RETURN o.id ORDER BY w.ordinal, o.id }} } AS counterpartTasks,
         CASE WHEN NOT owned THEN 'UNSTATED' WHEN external THEN 'EXTERNAL'
              WHEN size(counterparts) = 0 THEN 'NO_COUNTERPART' ELSE 'NOT_RECIPROCATED' END AS kind
}
RETURN documentIds, task, ownerIds, owners, ownerId, named, role, evidence, counterpartIds, counterpartTasks, kind
ORDER BY task.documentId, task.section, task.ordinal, named.name;
