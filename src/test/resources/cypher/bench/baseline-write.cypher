// Baseline of the import benchmark: the same department, task and role rows the import writes, as one batched
// UNWIND … MERGE per batch through the driver, with nothing else (no parsing, no similarity, no replacement logic).
// :param rows => [{documentId: 'bench-0', department: 'bench-0/区工信局', name: '区工信局', task: 'bench-0/区工信局/1', ordinal: 1, text: '…', role: 'LEAD', evidence: '…'}]
UNWIND $rows AS r
MERGE (d:Document {id: r.documentId})
MERGE (x:Department {id: r.department}) ON CREATE SET x.name = r.name
MERGE (t:Task {id: r.task}) ON CREATE SET t.documentId = r.documentId, t.ordinal = r.ordinal, t.text = r.text
MERGE (d)-[:CONTAINS]->(t)
MERGE (x)-[:OWNS]->(t)
FOREACH (_ IN CASE WHEN r.role = 'LEAD' THEN [1] ELSE [] END | MERGE (x)-[:LEAD {evidence: r.evidence}]->(t))
FOREACH (_ IN CASE WHEN r.role = 'SUPPORT' THEN [1] ELSE [] END | MERGE (x)-[:SUPPORT {evidence: r.evidence}]->(t));
