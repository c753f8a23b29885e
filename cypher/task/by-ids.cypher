// Tasks by id, each with its owner's id.
// :param ids => ['zhonglou-2021/区工信局/1']
MATCH (owner:Department)-[:OWNS]->(t:Task)
WHERE t.id IN $ids
RETURN t AS task, owner.id AS ownerId;
