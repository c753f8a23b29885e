// Documents with their counts, the most recently imported first; $ids = null for all of them.
// :param ids => ['zhonglou-2021']
MATCH (d:Document)
WHERE $ids IS NULL OR d.id IN $ids
RETURN d AS document,
       COUNT { (d)-[i:INVOLVES]->() WHERE i.section IS NOT NULL } AS sectionCount,
       COUNT { (d)-[:INVOLVES]->() } AS departmentCount,
       COUNT { (d)-[:CONTAINS]->() } AS taskCount,
       COUNT { (d)-[:CONTAINS]->()<-[:LEAD|JOINT|SUPPORT]-() } AS participationCount,
       COUNT { (d)-[:CONTAINS]->()-[:SETS]->() } AS targetCount
ORDER BY d.importedAt DESC;
