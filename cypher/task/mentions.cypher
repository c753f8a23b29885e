// Departments several tasks name without giving them a role.
// :param ids => ['zhonglou-2021/区住建局/1']
MATCH (t:Task)-[:MENTIONS]->(x:Department)
WHERE t.id IN $ids
RETURN t.id AS taskId, x AS department
ORDER BY taskId, x.name;
