// Import benchmark baseline, step 3 of 8: tasks, contained in their document and owned by their section's department.
// :param rows => [{documentId: 'base-0', owner: 'base-0/区工信局', id: 'base-0/区工信局/1', section: 3, ordinal: 1, label: '1', text: '…', line: 60, boilerplate: false, deadlines: ['4月底前'], unresolvedMentions: []}]
UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
MATCH (owner:Department {id: r.owner})
MERGE (t:Task {id: r.id})
SET t.documentId = r.documentId, t.section = r.section, t.ordinal = r.ordinal, t.label = r.label, t.text = r.text,
    t.line = r.line, t.boilerplate = r.boilerplate, t.deadlines = r.deadlines, t.unresolvedMentions = r.unresolvedMentions
MERGE (d)-[:CONTAINS]->(t)
MERGE (owner)-[:OWNS]->(t);
