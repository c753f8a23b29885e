// What the store holds for one document: the figures an import reports.
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
RETURN COUNT { (d)-[:INVOLVES]->() } AS departmentCount,
       CASE WHEN d.sectionLabels IS NULL THEN COUNT { (d)-[i:INVOLVES]->() WHERE i.section IS NOT NULL } ELSE size(d.sectionLabels) END AS sectionCount,
       COUNT { (d)-[:CONTAINS]->() } AS taskCount,
       COUNT { (d)-[:CONTAINS]->()<-[:LEAD|JOINT|SUPPORT]-() } AS participationCount,
       COUNT { (d)-[:CONTAINS]->()-[:SETS]->() } AS targetCount,
       COUNT { (d)-[:CONTAINS]->()-[:DUE]->() } AS deadlineCount;
