// One page of tasks in document order, filtered by document, department (ids) and role, with the total count.
// Without departments, $role asks that some department hold that role in the task.
// :param documentId => 'zhonglou-2021'
// :param departmentIds => ['常州市钟楼区/钟楼生态环境局']
// :param role => 'JOINT'
// :param skip => 0
// :param limit => 20
MATCH (t:Task)
WHERE ($documentId IS NULL OR t.documentId = $documentId)
  AND ($departmentIds IS NULL OR EXISTS {
        MATCH (x:Department)-[r:OWNS|LEAD|JOINT|SUPPORT]->(t)
        WHERE x.id IN $departmentIds AND ($role IS NULL OR type(r) = $role) })
  AND ($departmentIds IS NOT NULL OR $role IS NULL OR EXISTS {
        MATCH (:Department)-[r:LEAD|JOINT|SUPPORT]->(t) WHERE type(r) = $role })
WITH t
ORDER BY t.documentId, t.section, t.ordinal
WITH collect({task: t, ownerIds: COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id }}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS page;
