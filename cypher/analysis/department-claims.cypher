// The evidence of what waits on the given departments in one or more documents (department-dependence counts it):
// each task (not boilerplate) a department leads or joins in which another department depends on it, read by the
// task's document's layout (department sections: the other is the task's owner; a task division: any other unit),
// with the task's owners in order, the role and the words that give it, in document and clause order.
// :param departmentIds => ['常州市钟楼区/区工信局']
// :param documentIds => ['zhonglou-2021']
UNWIND $departmentIds AS departmentId
MATCH (x:Department {id: departmentId})-[r:LEAD|JOINT]->(t:Task)
WHERE t.documentId IN $documentIds AND NOT t.boilerplate
MATCH (doc:Document {id: t.documentId})
WITH x, r, t, coalesce(doc.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES'] AS owned
WHERE EXISTS { MATCH (other:Department)-[h:OWNS|LEAD|JOINT|SUPPORT]->(t) WHERE other <> x AND (type(h) = 'OWNS') = owned }
WITH x, r, t
ORDER BY t.documentId, t.section, t.ordinal, type(r)
RETURN x.id AS departmentId,
       collect({task: t, ownerIds: COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id },
                role: type(r), evidence: r.evidence}) AS claims;
