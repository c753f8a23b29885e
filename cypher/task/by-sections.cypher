// The tasks of several sections, keyed by document and section ordinal, in order.
// :param keys => [{documentId: 'zhonglou-2021', section: 3}]
UNWIND $keys AS k
MATCH (owner:Department)-[:OWNS]->(t:Task {documentId: k.documentId, section: k.section})
RETURN k.documentId AS documentId, k.section AS section, t AS task, owner.id AS ownerId
ORDER BY t.ordinal;
