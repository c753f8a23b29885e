// Every department name and alias of one or more documents (of every document when $documentIds is null), to suggest
// the nearest ones when a name is unknown.
// :param documentIds => null
MATCH (d:Document)-[:INVOLVES]->(x:Department)
WHERE $documentIds IS NULL OR d.id IN $documentIds
RETURN DISTINCT x.name AS name, x.aliases AS aliases;
