// The department sections of several documents, in order.
// :param ids => ['zhonglou-2021']
UNWIND $ids AS id
MATCH (:Document {id: id})-[i:INVOLVES]->(x:Department)
WHERE i.section IS NOT NULL
RETURN id AS documentId, i.section AS ordinal, i.label AS label, x AS department
ORDER BY documentId, ordinal;
