// Whether a document is in the store: a key lookup, no counting (documents.cypher counts its tasks and roles).
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
RETURN d.id AS id;
