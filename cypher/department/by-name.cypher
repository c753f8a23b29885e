// A department by canonical name or alias, in one document or, without one, in the latest document naming it.
// :param name => '工信部门'
// :param documentId => null
MATCH (d:Document)-[:INVOLVES]->(x:Department)
WHERE (x.name = $name OR $name IN x.aliases) AND ($documentId IS NULL OR d.id = $documentId)
RETURN x AS department
ORDER BY d.importedAt DESC, x.external
LIMIT 1;
