// The department collaboration network of one or more documents: two departments are linked when both hold a role
// (LEAD, JOINT or SUPPORT) in the same task of these documents, weighted by how many such tasks they share; over
// several documents a department is one node (one per jurisdiction), so links of different documents meet in it.
// Boilerplate tasks are left out. One row per department with its links to departments of higher id (each link
// once); departments without any link still come back (as isolated);
// a department is external only when every document involving it says so. The links are each document's SHARED
// summary (document/summarise-document), summed here; the tasks of each link only with $withTasks (what the explorer
// draws; the bottleneck ranking needs only how many).
// :param documentIds => ['zhonglou-2021']
// :param withTasks => true
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
  MATCH (doc:Document)-[i:INVOLVES]->(x:Department)
  WHERE doc.id IN documentIds
  WITH x, all(e IN collect(i) WHERE e.external) AS external
  CALL (x, documentIds) {
    OPTIONAL MATCH (x)-[s:SHARED]->(y:Department)
    WHERE s.documentId IN documentIds
    WITH y, s
    ORDER BY s.documentId
    WITH y, sum(s.sharedTasks) AS sharedTasks, collect(CASE WHEN $withTasks THEN s.tasks END) AS lists
    RETURN collect(CASE WHEN y IS NOT NULL THEN {partner: y.id, sharedTasks: sharedTasks,
                                                 tasks: reduce(acc = [], tasks IN lists | acc + tasks)} END) AS links
  }
  RETURN x {.*, external: external} AS department, links
}
RETURN documentIds, department, links;
