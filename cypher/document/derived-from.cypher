// The documents several documents derive from (a district's document → its city's).
// :param ids => ['zhonglou-2021']
MATCH (d:Document)-[:DERIVED_FROM]->(p:Document)
WHERE d.id IN $ids
RETURN d.id AS documentId, p.id AS parentId;
