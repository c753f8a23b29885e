// Removes what an earlier import of the document wrote (tasks, their targets, role and mention edges, deadlines),
// keeping the Document node and the departments, so a changed version replaces it inside the same transaction.
// Returns the ids of the departments the old version touched: only they can have become orphans
// (delete-orphan-departments then looks at them alone, not at every department of every document).
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:CONTAINS]->(:Task)-[]-(x:Department)
WITH d, collect(DISTINCT x.id) AS touched
OPTIONAL MATCH (d)-[:INVOLVES]->(y:Department)
WITH d, touched, collect(DISTINCT y.id) AS involved
WITH d, touched + involved AS departmentIds
CALL (d) {
  OPTIONAL MATCH (d)-[i:INVOLVES]->(:Department)
  DELETE i
}
CALL (d) {
  OPTIONAL MATCH (d)-[:CONTAINS]->(t:Task)
  OPTIONAL MATCH (t)-[:SETS]->(g:Target)
  OPTIONAL MATCH (t)-[:DUE]->(dl:Deadline)
  DETACH DELETE t, g, dl
}
RETURN departmentIds;
