// Departments of one document (its sections in order, then external ones by name), or of all documents.
// :param documentId => 'zhonglou-2021'
MATCH (x:Department)
WHERE $documentId IS NULL OR EXISTS { (:Document {id: $documentId})-[:INVOLVES]->(x) }
OPTIONAL MATCH (:Document {id: $documentId})-[i:INVOLVES]->(x)
RETURN x AS department
ORDER BY i.section IS NULL, i.section, x.external, x.name;
