// Everyone with a role in several tasks: LEAD first, then JOINT, then SUPPORT; the owner first within a role.
// :param ids => ['zhonglou-2021/区工信局/6']
MATCH (x:Department)-[r:LEAD|JOINT|SUPPORT]->(t:Task)
WHERE t.id IN $ids
WITH t, x, r, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
RETURN t.id AS taskId, x AS department, type(r) AS role, r.evidence AS evidence, coalesce(r.stated, false) AS stated,
       t AS task, ownerIds
ORDER BY taskId, CASE type(r) WHEN 'LEAD' THEN 0 WHEN 'JOINT' THEN 1 ELSE 2 END, NOT x.id IN ownerIds, x.name;
