// The id of a department a document involves, by its name as written in the document (区工信局).
// :param documentId => 'zhonglou-2021'
// :param name => '区工信局'
MATCH (:Document {id: $documentId})-[:INVOLVES]->(x:Department {name: $name})
RETURN x.id AS id;
