// Links a document's tasks to the tasks they copy of a document it derives from (a district's to its city's, a city's
// to its province's …; parents.cypher), and the documents themselves when any task is linked:
// (:Task)-[:DERIVED_FROM {score}]->(:Task), (:Document)-[:DERIVED_FROM]->(:Document). Replaces earlier links between
// the two documents.
// :param child => 'zhonglou-2021'
// :param parent => 'changzhou-2021'
// :param links => [{from: 'zhonglou-2021/区工信局/2', to: 'changzhou-2021/市工信局/1', score: 0.93}]
MATCH (c:Document {id: $child})
MATCH (p:Document {id: $parent})
OPTIONAL MATCH (c)-[old:DERIVED_FROM]->(p)
DELETE old
WITH c, p
CALL (c, p) {
  // from the child's tasks (at most one link each to one parent), never from the parent's: a city's task has a link
  // from every district that copies it, so starting there costs (districts x tasks) on every import
  MATCH (c)-[:CONTAINS]->(:Task)-[stale:DERIVED_FROM]->(copied:Task)
  WHERE copied.documentId = p.id
  DELETE stale
}
WITH c, p
FOREACH (_ IN CASE WHEN size($links) > 0 THEN [1] ELSE [] END | MERGE (c)-[:DERIVED_FROM]->(p))
WITH c, p
UNWIND $links AS link
MATCH (a:Task {id: link.from})
MATCH (b:Task {id: link.to})
CREATE (a)-[:DERIVED_FROM {score: link.score}]->(b);
