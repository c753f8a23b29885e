// The tasks of several sections, keyed by document and section ordinal, in order.
// :param keys => [{documentId: 'zhonglou-2021', section: 3}]
UNWIND $keys AS k
MATCH (t:Task {documentId: k.documentId, section: k.section})
RETURN k.documentId AS documentId, k.section AS section, t AS task, COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id } AS ownerIds
ORDER BY t.ordinal;
