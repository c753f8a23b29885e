// The targets several tasks set, in text order.
// :param ids => ['zhonglou-2021/区工信局/2']
MATCH (t:Task)-[:SETS]->(g:Target)
WHERE t.id IN $ids
RETURN t.id AS taskId, g AS target
ORDER BY taskId, g.ordinal;
