// The clauses of a parent (city) document that several tasks copy, best match first.
// :param ids => ['zhonglou-2021/区工信局/2']
MATCH (t:Task)-[d:DERIVED_FROM]->(p:Task)
WHERE t.id IN $ids
RETURN t.id AS taskId, p AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(p) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY taskId, d.score DESC;
