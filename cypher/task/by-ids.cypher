// Tasks by id, each with its owner's id.
// :param ids => ['zhonglou-2021/区工信局/1']
MATCH (t:Task)
WHERE t.id IN $ids
RETURN t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds;
