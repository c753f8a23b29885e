// Puts back each document's view of its departments, as involvement-perspectives.cypher read it.
// :param rows => [{document: 'zhonglou-2021', department: '常州市/市商务局', external: true}]
UNWIND $rows AS row
MATCH (:Document {id: row.document})-[i:INVOLVES]->(:Department {id: row.department})
SET i.external = row.external;
