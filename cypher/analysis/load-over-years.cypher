// One department's load year by year: for each year of the documents that involve it (one document's year, as it
// names it), how many tasks it leads, joins (会同) and supports (配合) over that year's documents; with $documentIds only those documents count (null: every document). Boilerplate tasks are left out;
// documents without a year are not placed on the time line.
// :param departmentId => '常州市钟楼区/区工信局'
// :param documentIds => null
MATCH (d:Document)-[:INVOLVES]->(x:Department {id: $departmentId})
WHERE d.year IS NOT NULL AND ($documentIds IS NULL OR d.id IN $documentIds)
WITH x, d
ORDER BY d.id
WITH x, d.year AS year, collect(d.id) AS documentIds
RETURN year, documentIds,
       COUNT { MATCH (x)-[:LEAD]->(t:Task) WHERE t.documentId IN documentIds AND NOT t.boilerplate } AS leads,
       COUNT { MATCH (x)-[:JOINT]->(t:Task) WHERE t.documentId IN documentIds AND NOT t.boilerplate } AS joints,
       COUNT { MATCH (x)-[:SUPPORT]->(t:Task) WHERE t.documentId IN documentIds AND NOT t.boilerplate } AS supports
ORDER BY year;
