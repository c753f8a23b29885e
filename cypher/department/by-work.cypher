// The departments of one document or, without one, of every document, the most recently imported document first:
// the candidates for a name that names a line of work (工信部门), narrowed by the caller to those doing that work.
// :param documentId => null
MATCH (d:Document)-[:INVOLVES]->(x:Department)
WHERE $documentId IS NULL OR d.id = $documentId
RETURN d.id AS documentId, x AS department
ORDER BY d.importedAt DESC, x.external, x.name;
