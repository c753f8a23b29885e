// The departments of one or more documents or, when $documentIds is null, of every document, the most recently
// imported document first: the candidates for a name that names a line of work (工信部门), narrowed by the caller to
// those doing that work.
// :param documentIds => null
MATCH (d:Document)-[i:INVOLVES]->(x:Department)
WHERE $documentIds IS NULL OR d.id IN $documentIds
RETURN d.id AS documentId, x AS department
ORDER BY d.importedAt DESC, i.external, x.name;
