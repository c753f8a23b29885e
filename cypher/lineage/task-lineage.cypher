// The lineage of tasks: every DERIVED_FROM step of the chains above each task (what it copies, what that copies, up to
// the top level) and below it (its copies, their copies), three steps at most (district → city → province → State
// Council). Each step once, with its distance from the task (1 for the task's own link), its score, and both ends:
// the copy (task) and what it copies (derivedFrom), each with its owners' ids.
// :param ids => ['suzhou-2024/一/(一)']
MATCH (t:Task)
WHERE t.id IN $ids
CALL (t) {
  MATCH path = (t)-[:DERIVED_FROM*1..3]->(:Task)
  RETURN 'ANCESTOR' AS direction, last(relationships(path)) AS step, min(length(path)) AS distance
  UNION
  MATCH path = (:Task)-[:DERIVED_FROM*1..3]->(t)
  RETURN 'DESCENDANT' AS direction, head(relationships(path)) AS step, min(length(path)) AS distance
}
WITH t, direction, step, distance, startNode(step) AS copy, endNode(step) AS source
RETURN t.id AS taskId, direction, distance, step.score AS similarity,
       copy AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(copy) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds,
       source AS derivedFrom,
       COLLECT { MATCH (o:Department)-[w:OWNS]->(source) RETURN o.id ORDER BY w.ordinal, o.id } AS derivedFromOwnerIds
ORDER BY taskId, direction, distance, similarity DESC, copy.id, source.id;
