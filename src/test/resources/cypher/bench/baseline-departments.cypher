// Import benchmark baseline, step 2 of 8: departments and the documents that involve them.
// :param rows => [{documentId: 'base-0', id: 'base-0/区工信局', name: '区工信局', aliases: ['工信局'], external: false, level: 'OWN', section: 3, label: '三'}]
UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
MERGE (x:Department {id: r.id})
SET x.name = r.name, x.aliases = r.aliases, x.external = r.external, x.level = r.level
MERGE (d)-[i:INVOLVES]->(x)
SET i.section = r.section, i.label = r.label;
