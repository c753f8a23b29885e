// What the documents below documents made of their tasks. For each document that derives from one of $ids, directly
// or through documents between (a district's from the State Council's through its province's and city's), its
// distance in levels and, for each task of the upper document in order, the texts of the lower document's tasks that
// derive from it by a chain of DERIVED_FROM steps: none when it was dropped there or on the way.
// :param ids => ['guowuyuan-2024']
MATCH (p:Document)
WHERE p.id IN $ids
MATCH path = (d:Document)-[:DERIVED_FROM*1..3]->(p)
WITH p, d, min(length(path)) AS distance
RETURN p.id AS documentId, d.id AS descendantId, distance,
       COLLECT {
         MATCH (p)-[:CONTAINS]->(t:Task)
         RETURN {task: t,
                 ownerIds: COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id },
                 copies: COLLECT { MATCH (d)-[:CONTAINS]->(c:Task)-[:DERIVED_FROM*1..3]->(t) RETURN DISTINCT c.text }}
         ORDER BY t.section, t.ordinal
       } AS tasks
ORDER BY documentId, distance, descendantId;
