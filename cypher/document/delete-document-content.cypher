// Removes what an earlier import of the document wrote (tasks, their targets, role and mention edges, deadlines, the
// summary's SHARED links),
// keeping the Document node and the departments, so a changed version replaces it inside the same transaction.
// The caller has read the departments it touched (document-departments) and locked them (lock-departments).
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:INVOLVES]->(:Department)-[s:SHARED]->(:Department)
  WHERE s.documentId = d.id
  DELETE s
}
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
