// The tasks of a document with their text, for linking the tasks of a document to the tasks they copy.
// :param id => 'zhonglou-2021'
MATCH (:Document {id: $id})-[:CONTAINS]->(t:Task)
RETURN t.id AS id, t.text AS text
ORDER BY t.section, t.ordinal;
