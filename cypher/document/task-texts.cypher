// The tasks of a document with their text, for linking derived clauses.
// :param id => 'zhonglou-2021'
MATCH (:Document {id: $id})-[:CONTAINS]->(t:Task)
RETURN t.id AS id, t.text AS text
ORDER BY t.section, t.ordinal;
