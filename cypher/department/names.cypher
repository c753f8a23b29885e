// Every department name and alias, to suggest the nearest ones when a name is unknown.
// :param documentId => null
MATCH (d:Document)-[:INVOLVES]->(x:Department)
WHERE $documentId IS NULL OR d.id = $documentId
RETURN DISTINCT x.name AS name, x.aliases AS aliases;
