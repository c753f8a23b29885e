// Tasks by id, each with its owner's id.
// :param ids => ['zhonglou-2021/区工信局/1']
MATCH (t:Task)
WHERE t.id IN $ids
RETURN t AS task, [(o:Department)-[:OWNS]->(t) | o.id] AS ownerIds;
