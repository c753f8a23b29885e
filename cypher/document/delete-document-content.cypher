// Removes what an earlier import of the document wrote (tasks, their targets, role and mention edges, deadlines),
// keeping the Document node and the departments, so a changed version replaces it inside the same transaction.
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:CONTAINS]->(t:Task)
OPTIONAL MATCH (t)-[:SETS]->(g:Target)
OPTIONAL MATCH (t)-[:DUE]->(dl:Deadline)
OPTIONAL MATCH (d)-[i:INVOLVES]->(:Department)
DETACH DELETE t, g, dl
DELETE i;
