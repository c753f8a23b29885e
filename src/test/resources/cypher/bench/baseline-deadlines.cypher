// Import benchmark baseline, step 7 of 8: deadlines, one node per distinct text in a document.
// :param rows => [{documentId: 'base-0', task: 'base-0/区工信局/1', text: '4月底前', kind: 'MONTH', month: 4}]
UNWIND $rows AS r
MATCH (t:Task {id: r.task})
MERGE (dl:Deadline {id: r.documentId + '/' + r.text})
  ON CREATE SET dl.documentId = r.documentId, dl.text = r.text, dl.kind = r.kind, dl.month = r.month
MERGE (t)-[:DUE]->(dl);
