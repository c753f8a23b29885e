// One-sided commitments. In a document whose sections belong to departments: department A's clause names B as LEAD
// or JOINT, but B has no clause for that work (no SIMILAR_TO clause of B's), or none of B's similar clauses names A
// back; external departments come back as EXTERNAL so a reviewer can follow them up outside the document. In a
// task-division document, where a task's role statement commits every unit it lists: the task's running text names
// B as LEAD or JOINT (配合市发改委…, 会同X…) but its role statement does not list B (UNSTATED).
// :param documentId => 'zhonglou-2021'
MATCH (doc:Document {id: $documentId})-[:CONTAINS]->(t:Task)
WHERE NOT t.boilerplate
WITH t, coalesce(doc.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES'] AS owned
MATCH (b:Department)-[r:LEAD|JOINT]->(t)
WHERE CASE WHEN owned THEN NOT (b)-[:OWNS]->(t) ELSE NOT coalesce(r.stated, false) END
OPTIONAL MATCH (a:Department)-[:OWNS]->(t)
WHERE owned AND a <> b
WITH t, owned, b, r, a
WHERE a IS NOT NULL OR NOT owned
OPTIONAL MATCH (t)-[:SIMILAR_TO]-(u:Task)<-[:OWNS]-(b)
WHERE owned
WITH t, owned, a, b, r, collect(DISTINCT u) AS counterparts
WITH t, owned, a, b, r, counterparts,
     [u IN counterparts WHERE EXISTS { (a)-[:LEAD|JOINT|SUPPORT]->(u) } OR EXISTS { (u)-[:MENTIONS]->(a) }] AS answering
WHERE NOT owned OR b.external OR size(answering) = 0
RETURN t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds, a.id AS ownerId, b AS named, type(r) AS role,
       r.evidence AS evidence, [u IN counterparts | u.id] AS counterpartIds,
       CASE WHEN NOT owned THEN 'UNSTATED' WHEN b.external THEN 'EXTERNAL'
            WHEN size(counterparts) = 0 THEN 'NO_COUNTERPART' ELSE 'NOT_RECIPROCATED' END AS kind
ORDER BY t.section, t.ordinal, b.name;
