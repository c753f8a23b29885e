// Every task of one or more documents with its owners (ids and names), its role edges (department name, role) and
// its deadlines: one side of a comparison of two documents or two selections of documents.
// :param documentIds => ['zhonglou-2021']
// Read from the documents (their ids are a unique index): Task.documentId has only the composite (documentId, section)
// index, which a documentId-only condition cannot seek, so MATCH (t:Task) WHERE t.documentId IN … scanned every task.
MATCH (doc:Document)-[:CONTAINS]->(t:Task)
WHERE doc.id IN $documentIds
OPTIONAL MATCH (x:Department)-[r:LEAD|JOINT|SUPPORT]->(t)
WITH t, collect(x.name + ' ' + type(r)) AS roles
RETURN t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.name ORDER BY w.ordinal, o.name } AS ownerNames,
       roles
ORDER BY t.documentId, t.section, t.ordinal;
