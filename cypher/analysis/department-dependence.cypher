// What waits on each department of one or more documents: the other departments whose work depends on its lead or
// joint work, with the role edges as evidence, and the dated deadlines (4月底前, not 汛前) of every task it leads or
// joins. In a document whose sections belong to departments (目标责任书, 职责规定), a task is its owner's commitment:
// the owner depends on the departments its clause names LEAD or JOINT. In a task-division document every unit of a
// task is committed to it: the others depend on its leads and joint units. Each task is read by its own document's
// layout; owned says whether every document covered is of the first kind. Boilerplate tasks are left out.
// :param documentIds => ['zhonglou-2021']
MATCH (doc:Document)
WHERE doc.id IN $documentIds
WITH collect(CASE WHEN coalesce(doc.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES']
                  THEN doc.id END) AS ownedDocuments, count(doc) AS documents
MATCH (doc:Document)-[:INVOLVES]->(x:Department)
WHERE doc.id IN $documentIds
WITH DISTINCT x, ownedDocuments, documents
OPTIONAL MATCH (x)-[r:LEAD|JOINT]->(t:Task)<-[h:OWNS|LEAD|JOINT|SUPPORT]-(other:Department)
WHERE t.documentId IN $documentIds AND other <> x AND NOT t.boilerplate
  AND (type(h) = 'OWNS') = (t.documentId IN ownedDocuments)
WITH x, size(ownedDocuments) = documents AS owned, collect(DISTINCT other.id) AS dependents,
     collect(DISTINCT CASE WHEN t IS NULL THEN null
                           ELSE {task: t, ownerIds: COLLECT { MATCH (o:Department)-[w:OWNS]->(t) RETURN o.id ORDER BY w.ordinal, o.id }, role: type(r), evidence: r.evidence} END) AS claims
OPTIONAL MATCH (x)-[:LEAD|JOINT]->(d:Task)-[:DUE]->(due:Deadline)
WHERE d.documentId IN $documentIds AND due.month IS NOT NULL AND NOT d.boilerplate
RETURN x AS department, owned, dependents, claims, count(DISTINCT [d.id, due.id]) AS datedDeadlines;
