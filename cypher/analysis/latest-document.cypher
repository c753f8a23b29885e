// The most recently imported document: what an analysis covers when no documentId is given.
MATCH (d:Document)
RETURN d.id AS id
ORDER BY d.importedAt DESC
LIMIT 1;
