// Writes one parsed document in a single statement (one round trip): the Document with its metadata, its
// departments (merged by id, so documents of one region share them), its tasks with their owners (the section's
// department, or the task's leads; none when no department leads it), the role edges,
// mentions, targets, deadlines and the within-document SIMILAR_TO links. The caller has removed any previous
// version's content first (delete-document-content) in the same transaction; the import links its lineage after it
// (cypher/lineage/).
// The rows come in one map, $content, rather than one list parameter each: Neo4j keys its plan cache on the
// parameters' types including a size class of each list, so seven list parameters of varying lengths made nearly
// every document a cache miss and a fresh plan of this statement (planning took 40% of the import's database time).
// :param id => 'zhonglou-2021'
// :param document => {title: '…', region: '常州市钟楼区', city: '常州市', district: '钟楼区', year: 2021, sourceHash: '…', layout: 'DEPARTMENT_SECTIONS', coverage: 0.97, sectionLabels: ['一'], sectionTitles: ['区工信局']}
// :param content => {
//     locks: ['常州市钟楼区/区工信局', '常州市钟楼区/区生态环境局'],
//     departments: [{id: '常州市钟楼区/区工信局', name: '区工信局', aliases: ['工信局'], external: false, level: 'OWN', organisation: false, section: 3, label: '三'}],
//     tasks: [{id: 'zhonglou-2021/区工信局/1', owners: ['常州市钟楼区/区工信局'], section: 3, ordinal: 1, label: '1', path: '三/1', text: '…', line: 60, boilerplate: false, deadlines: ['4月底前'], unresolvedMentions: []}],
//     participations: [{department: '常州市钟楼区/区工信局', task: 'zhonglou-2021/区工信局/1', role: 'LEAD', evidence: '…', stated: false}],
//     mentions: [{task: 'zhonglou-2021/区工信局/1', department: '常州市钟楼区/区生态环境局'}],
//     targets: [{id: 'zhonglou-2021/区工信局/1#1', task: 'zhonglou-2021/区工信局/1', ordinal: 1, kind: 'COUNT', subject: '源头替代项目', value: 30.0, unit: '个', comparator: 'EQ', change: null, scope: '全区', raw: '完成30个源头替代项目'}],
//     deadlines: [{task: 'zhonglou-2021/区工信局/1', text: '4月底前', kind: 'MONTH', month: 4}],
//     similarities: [{from: 'zhonglou-2021/区工信局/1', to: 'zhonglou-2021/区市场监管局/2', score: 0.83, passage: '…', passageScore: 0.9}]
//   }
MERGE (d:Document {id: $id})
// The departments' write locks first, one after another in the order given (sorted by id), as lock-departments takes
// them: here for a new document, saving that statement's round trip; an import replacing a stored version locked its
// old and new departments before removing the old content, and passes none.
WITH d
CALL () {
  UNWIND $content.locks AS lockId
  MERGE (x:Department {id: lockId})
  SET x:Department
}
// += with every metadata key present ($document maps a missing one to null, which removes it): the id is never
// rewritten, as SET d = would, which would lock its unique index entry against the next import's claim (a deadlock)
SET d += $document, d.importedAt = datetime()
WITH d
CALL (d) {
  UNWIND $content.departments AS dep
  MERGE (x:Department {id: dep.id})
  SET x.name = dep.name,
      x.external = dep.external,
      x.level = dep.level,
      x.organisation = dep.organisation,
      x.aliases = coalesce(x.aliases, []) + [a IN dep.aliases WHERE NOT a IN coalesce(x.aliases, [])]
  MERGE (d)-[i:INVOLVES]->(x)
  SET i.section = dep.section, i.label = dep.label, i.external = dep.external
}
CALL (d) {
  UNWIND $content.tasks AS task
  CREATE (t:Task {id: task.id, documentId: $id, section: task.section, ordinal: task.ordinal, label: task.label,
                  path: task.path, text: task.text, line: task.line, boilerplate: task.boilerplate,
                  deadlines: task.deadlines, unresolvedMentions: task.unresolvedMentions})
  CREATE (d)-[:CONTAINS]->(t)
  WITH t, task
  UNWIND range(0, size(task.owners) - 1) AS ordinal
  MATCH (owner:Department {id: task.owners[ordinal]})
  CREATE (owner)-[:OWNS {ordinal: ordinal}]->(t)
}
CALL () {
  UNWIND $content.participations AS p
  MATCH (x:Department {id: p.department})
  MATCH (t:Task {id: p.task})
  FOREACH (_ IN CASE WHEN p.role = 'LEAD' THEN [1] ELSE [] END | CREATE (x)-[:LEAD {evidence: p.evidence, stated: p.stated}]->(t))
  FOREACH (_ IN CASE WHEN p.role = 'JOINT' THEN [1] ELSE [] END | CREATE (x)-[:JOINT {evidence: p.evidence, stated: p.stated}]->(t))
  FOREACH (_ IN CASE WHEN p.role = 'SUPPORT' THEN [1] ELSE [] END | CREATE (x)-[:SUPPORT {evidence: p.evidence, stated: p.stated}]->(t))
}
CALL () {
  UNWIND $content.mentions AS m
  MATCH (t:Task {id: m.task})
  MATCH (x:Department {id: m.department})
  CREATE (t)-[:MENTIONS]->(x)
}
CALL () {
  UNWIND $content.targets AS target
  MATCH (t:Task {id: target.task})
  CREATE (t)-[:SETS]->(:Target {id: target.id, ordinal: target.ordinal, kind: target.kind, subject: target.subject,
                                value: target.value, unit: target.unit, comparator: target.comparator,
                                change: target.change, scope: target.scope, raw: target.raw})
}
CALL () {
  UNWIND $content.deadlines AS due
  MATCH (t:Task {id: due.task})
  MERGE (dl:Deadline {id: $id + '/' + due.text})
    ON CREATE SET dl.documentId = $id, dl.text = due.text, dl.kind = due.kind, dl.month = due.month
  CREATE (t)-[:DUE]->(dl)
}
CALL () {
  UNWIND $content.similarities AS s
  MATCH (a:Task {id: s.from})
  MATCH (b:Task {id: s.to})
  CREATE (a)-[:SIMILAR_TO {score: s.score, passage: s.passage, passageScore: s.passageScore}]->(b)
}
RETURN d.id AS id;
