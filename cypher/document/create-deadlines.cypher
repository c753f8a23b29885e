// Creates one Deadline node per distinct deadline of the document (4月底前) and links every task due by it,
// so that "what falls due at the end of April" is one hop away.
// :param id => 'zhonglou-2021'
// :param deadlines => [{task: 'zhonglou-2021/区工信局/3', text: '4月底前', kind: 'MONTH', month: 4}]
UNWIND $deadlines AS due
MATCH (t:Task {id: due.task})
MERGE (dl:Deadline {id: $id + '/' + due.text})
ON CREATE SET dl.documentId = $id, dl.text = due.text, dl.kind = due.kind, dl.month = due.month
CREATE (t)-[:DUE]->(dl);
