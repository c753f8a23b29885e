// One-sided commitments: department A's clause names B as LEAD or JOINT, but B has no clause for that work (no
// SIMILAR_TO clause of B's), or none of B's similar clauses names A back. External departments have no clauses
// in the document at all; they come back as EXTERNAL so a reviewer can follow them up outside it.
// :param documentId => 'zhonglou-2021'
MATCH (:Document {id: $documentId})-[:CONTAINS]->(t:Task)<-[:OWNS]-(a:Department)
WHERE NOT t.boilerplate
MATCH (b:Department)-[r:LEAD|JOINT]->(t)
WHERE b <> a
OPTIONAL MATCH (t)-[:SIMILAR_TO]-(u:Task)<-[:OWNS]-(b)
WITH t, a, b, r, collect(DISTINCT u) AS counterparts
WITH t, a, b, r, counterparts,
     [u IN counterparts WHERE EXISTS { (a)-[:LEAD|JOINT|SUPPORT]->(u) } OR EXISTS { (u)-[:MENTIONS]->(a) }] AS answering
WHERE b.external OR size(answering) = 0
RETURN t AS task, a.id AS ownerId, b AS named, type(r) AS role, r.evidence AS evidence,
       [u IN counterparts | u.id] AS counterpartIds,
       CASE WHEN b.external THEN 'EXTERNAL' WHEN size(counterparts) = 0 THEN 'NO_COUNTERPART' ELSE 'NOT_RECIPROCATED' END AS kind
ORDER BY t.section, t.ordinal, b.name;
