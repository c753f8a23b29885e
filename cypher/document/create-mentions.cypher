// Links a task to departments it names without giving them a role (与城管、生态环境部门共享).
// :param mentions => [{task: 'zhonglou-2021/区住建局/1', department: '常州市钟楼区/区城管局'}]
UNWIND $mentions AS m
MATCH (t:Task {id: m.task})
MATCH (x:Department {id: m.department})
CREATE (t)-[:MENTIONS]->(x);
