// Like task/search, over the full-text index of task text (CJK analyzer), best match first.
// $text is a Lucene query: "绿色屋顶" (quoted: the characters in that order).
// :param text => '"绿色屋顶"'
// :param documentId => null
// :param departmentIds => null
// :param role => null
// :param skip => 0
// :param limit => 20
CALL db.index.fulltext.queryNodes('task_text', $text) YIELD node AS t, score
WHERE ($documentId IS NULL OR t.documentId = $documentId)
  AND ($departmentIds IS NULL OR EXISTS {
        MATCH (x:Department)-[r:OWNS|LEAD|JOINT|SUPPORT]->(t)
        WHERE x.id IN $departmentIds AND ($role IS NULL OR type(r) = $role) })
  AND ($departmentIds IS NOT NULL OR $role IS NULL OR EXISTS {
        MATCH (:Department)-[r:LEAD|JOINT|SUPPORT]->(t) WHERE type(r) = $role })
WITH t, score
ORDER BY score DESC, t.documentId, t.section, t.ordinal
WITH collect({task: t, ownerIds: COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id }}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS page;
