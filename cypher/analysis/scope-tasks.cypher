// The tasks of several documents with their owners, for duplicates across documents (found when asked: SIMILAR_TO
// links only tasks of one document), with the tasks of the other documents each derives from or that derive from it
// (DERIVED_FROM, a lower government carrying a higher one's task down: the same work on purpose, not a duplicate).
// Boilerplate only with $includeBoilerplate.
// :param documentIds => ['zhonglou-2021', 'changzhou-2021']
// :param includeBoilerplate => false
// Read from the documents (their ids are a unique index): Task.documentId has only the composite (documentId, section)
// index, which a documentId-only condition cannot seek, so MATCH (t:Task) WHERE t.documentId IN … scanned every task.
MATCH (doc:Document)-[:CONTAINS]->(t:Task)
WHERE doc.id IN $documentIds AND ($includeBoilerplate OR NOT t.boilerplate)
RETURN t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds,
       COLLECT { MATCH (t)-[:DERIVED_FROM]-(u:Task) WHERE u.documentId IN $documentIds RETURN u.id } AS lineage
ORDER BY t.documentId, t.section, t.ordinal;
