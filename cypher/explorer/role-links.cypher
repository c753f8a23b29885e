// Directed role links between departments in one or more documents: in a task led by L, a JOINT partner J gives
// L→J (会同), a supporter S gives S→L (配合). Counted per task, boilerplate left out; what the explorer draws as arrows.
// :param documentIds => ['zhonglou-2021']
// Read from the documents' tasks (their ids are a unique index), not from every LEAD edge of the store.
MATCH (doc:Document)-[:CONTAINS]->(t:Task)
WHERE doc.id IN $documentIds AND NOT t.boilerplate
MATCH (l:Department)-[:LEAD]->(t)<-[r:JOINT|SUPPORT]-(x:Department)
WHERE l <> x
WITH CASE type(r) WHEN 'JOINT' THEN l.id ELSE x.id END AS source,
     CASE type(r) WHEN 'JOINT' THEN x.id ELSE l.id END AS target,
     type(r) AS kind, t
RETURN source, target, kind, count(DISTINCT t) AS clauses, collect(DISTINCT t.id) AS tasks
ORDER BY kind, source, target;
