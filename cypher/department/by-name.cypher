// A department by canonical name or alias, in one or more documents (the most recently imported first) or, when
// $documentIds is null, in the latest document naming it.
// :param name => '工信部门'
// :param documentIds => null
MATCH (d:Document)-[i:INVOLVES]->(x:Department)
WHERE (x.name = $name OR $name IN x.aliases) AND ($documentIds IS NULL OR d.id IN $documentIds)
RETURN x AS department
ORDER BY d.importedAt DESC, i.external
LIMIT 1;
