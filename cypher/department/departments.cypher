// The departments of one or more documents (their sections in order, then external ones by name), or of every
// document when $documentIds is null. A department is external only when every document covered names it as another
// government's.
// :param documentIds => ['zhonglou-2021']
MATCH (d:Document)-[i:INVOLVES]->(x:Department)
WHERE $documentIds IS NULL OR d.id IN $documentIds
WITH x, min(i.section) AS section, all(e IN collect(i) WHERE e.external) AS external
RETURN x {.*, external: external} AS department
ORDER BY section IS NULL, section, external, x.name;
