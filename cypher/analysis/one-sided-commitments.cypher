// One-sided commitments in one or more documents, each task read by its own document's layout. In a document whose
// sections belong to departments: department A's clause names B as LEAD or JOINT, but B has no clause for that work
// (no SIMILAR_TO clause of B's), or none of B's similar clauses names A back; departments the task's document names as
// another government's come back as EXTERNAL so a reviewer can follow them up outside the document. In a task-division document, where a task's role
// statement commits every unit it lists: the task's running text names B as LEAD or JOINT (配合市发改委…, 会同X…) but
// its role statement does not list B (UNSTATED).
// :param documentIds => ['zhonglou-2021']
MATCH (doc:Document)-[:CONTAINS]->(t:Task)
WHERE doc.id IN $documentIds AND NOT t.boilerplate
WITH doc, t, coalesce(doc.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES'] AS owned
MATCH (b:Department)-[r:LEAD|JOINT]->(t)
WHERE CASE WHEN owned THEN NOT (b)-[:OWNS]->(t) ELSE NOT coalesce(r.stated, false) END
OPTIONAL MATCH (a:Department)-[:OWNS]->(t)
WHERE owned AND a <> b
WITH doc, t, owned, b, r, a
WHERE a IS NOT NULL OR NOT owned
OPTIONAL MATCH (t)-[:SIMILAR_TO]-(u:Task)<-[:OWNS]-(b)
WHERE owned AND u.documentId IN $documentIds
WITH doc, t, owned, a, b, r, collect(DISTINCT u) AS counterparts,
     EXISTS { (doc)-[:INVOLVES {external: true}]->(b) } AS external
WITH t, owned, a, b, r, counterparts, external,
     [u IN counterparts WHERE EXISTS { (a)-[:LEAD|JOINT|SUPPORT]->(u) } OR EXISTS { (u)-[:MENTIONS]->(a) }] AS answering
WHERE NOT owned OR external OR size(answering) = 0
RETURN t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds, a.id AS ownerId,
       b {.*, external: external} AS named, type(r) AS role, r.evidence AS evidence, [u IN counterparts | u.id] AS counterpartIds,
       CASE WHEN NOT owned THEN 'UNSTATED' WHEN external THEN 'EXTERNAL'
            WHEN size(counterparts) = 0 THEN 'NO_COUNTERPART' ELSE 'NOT_RECIPROCATED' END AS kind
ORDER BY t.documentId, t.section, t.ordinal, b.name;
