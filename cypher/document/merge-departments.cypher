// Creates or updates the departments a document names and links them to it: section departments with their
// section ordinal and heading label, external ones (市商务局) with none. Aliases accumulate across documents.
// :param id => 'zhonglou-2021'
// :param departments => [{id: '常州市钟楼区/区工信局', name: '区工信局', aliases: ['工信部门'], external: false, level: 'OWN', section: 3, label: '三'}]
MATCH (d:Document {id: $id})
UNWIND $departments AS dep
MERGE (x:Department {id: dep.id})
SET x.name = dep.name,
    x.external = dep.external,
    x.level = dep.level,
    x.aliases = coalesce(x.aliases, []) + [a IN dep.aliases WHERE NOT a IN coalesce(x.aliases, [])]
MERGE (d)-[i:INVOLVES]->(x)
SET i.section = dep.section, i.label = dep.label;
