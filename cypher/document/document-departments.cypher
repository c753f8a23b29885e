// The departments a stored document touches: those of its tasks' role, ownership and mention edges, and those it
// involves. Read before an import replaces the document, so that their locks are taken in order
// (lock-departments) and only they are looked at for orphans afterwards (delete-orphan-departments).
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:CONTAINS]->(:Task)-[]-(x:Department)
WITH d, collect(DISTINCT x.id) AS touched
OPTIONAL MATCH (d)-[:INVOLVES]->(y:Department)
WITH touched, collect(DISTINCT y.id) AS involved
RETURN touched + [id IN involved WHERE NOT id IN touched] AS departmentIds;
