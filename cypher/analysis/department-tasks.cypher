// The clauses a department takes part in (any role), with the roles, in one document: one side of an overlap.
// :param documentId => 'zhonglou-2021'
// :param departmentId => '常州市钟楼区/区工信局'
MATCH (x:Department {id: $departmentId})-[r:LEAD|JOINT|SUPPORT]->(t:Task {documentId: $documentId})
RETURN t.id AS taskId, collect(type(r)) AS roles;
