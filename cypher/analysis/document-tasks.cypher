// Every task of a document with its owner's name, its role edges (department name, role) and its deadlines:
// one side of a comparison of two documents.
// :param documentId => 'zhonglou-2021'
MATCH (owner:Department)-[:OWNS]->(t:Task {documentId: $documentId})
OPTIONAL MATCH (x:Department)-[r:LEAD|JOINT|SUPPORT]->(t)
WITH owner, t, collect(x.name + ' ' + type(r)) AS roles
RETURN t AS task, owner.id AS ownerId, owner.name AS ownerName, roles
ORDER BY t.section, t.ordinal;
