// Creates the document's tasks (clauses), each contained in the document and owned by its section department.
// :param id => 'zhonglou-2021'
// :param tasks => [{id: 'zhonglou-2021/区工信局/1', owner: '常州市钟楼区/区工信局', section: 3, ordinal: 1, label: '1', text: '…', line: 60, boilerplate: false, deadlines: ['4月底前'], unresolvedMentions: []}]
MATCH (d:Document {id: $id})
UNWIND $tasks AS task
MATCH (owner:Department {id: task.owner})
CREATE (t:Task {id: task.id, documentId: $id, section: task.section, ordinal: task.ordinal, label: task.label,
                text: task.text, line: task.line, boilerplate: task.boilerplate, deadlines: task.deadlines,
                unresolvedMentions: task.unresolvedMentions})
CREATE (d)-[:CONTAINS]->(t)
CREATE (owner)-[:OWNS]->(t);
