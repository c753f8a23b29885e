// Everyone with a role in several tasks: LEAD first, then JOINT, then SUPPORT; the owner first within a role.
// :param ids => ['zhonglou-2021/区工信局/6']
MATCH (x:Department)-[r:LEAD|JOINT|SUPPORT]->(t:Task)<-[:OWNS]-(owner:Department)
WHERE t.id IN $ids
RETURN t.id AS taskId, x AS department, type(r) AS role, r.evidence AS evidence, t AS task, owner.id AS ownerId
ORDER BY taskId, CASE type(r) WHEN 'LEAD' THEN 0 WHEN 'JOINT' THEN 1 ELSE 2 END, x <> owner, x.name;
