// Documents with their counts, the most recently imported first; $ids = null for all of them.
// :param ids => ['zhonglou-2021']
MATCH (d:Document)
WHERE $ids IS NULL OR d.id IN $ids
RETURN d AS document,
       CASE WHEN d.sectionLabels IS NULL THEN COUNT { (d)-[i:INVOLVES]->() WHERE i.section IS NOT NULL } ELSE size(d.sectionLabels) END AS sectionCount,
       COUNT { (d)-[:INVOLVES]->() } AS departmentCount,
       COUNT { (d)-[:CONTAINS]->() } AS taskCount,
       COUNT { (d)-[:CONTAINS]->()<-[:LEAD|JOINT|SUPPORT]-() } AS participationCount,
       COUNT { (d)-[:CONTAINS]->()-[:SETS]->() } AS targetCount
ORDER BY d.importedAt DESC;
