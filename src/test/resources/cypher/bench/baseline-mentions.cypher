// Import benchmark baseline, step 5 of 8: departments a task names without a role.
// :param rows => [{task: 'base-0/区工信局/1', department: 'base-0/区生态环境局'}]
UNWIND $rows AS r
MATCH (t:Task {id: r.task})
MATCH (x:Department {id: r.department})
MERGE (t)-[:MENTIONS]->(x);
