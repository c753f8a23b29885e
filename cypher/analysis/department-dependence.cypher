// What waits on each department of one or more documents: the other departments whose work depends on its lead or
// joint work, and the number of dated deadlines (4月底前, not 汛前) of the tasks it leads or joins. In a document whose
// sections belong to departments (目标责任书, 职责规定), a task is its owner's commitment: the owner depends on the
// departments its clause names LEAD or JOINT. In a task-division document every unit of a task is committed to it: the
// others depend on its leads and joint units. Each task is read by its own document's layout (each document's
// summary on INVOLVES, document/summarise-document, unioned here); owned says whether every document covered is of
// the first kind. Boilerplate tasks are left out. The evidence of each dependence: department-claims.
// :param documentIds => ['zhonglou-2021']
MATCH (doc:Document)
WHERE doc.id IN $documentIds
WITH all(d IN collect(doc) WHERE coalesce(d.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES']) AS owned
MATCH (doc:Document)-[i:INVOLVES]->(x:Department)
WHERE doc.id IN $documentIds
WITH x, owned, collect(i) AS views
RETURN x AS department, owned,
       reduce(acc = [], i IN views | acc + [id IN i.dependents WHERE NOT id IN acc]) AS dependents,
       reduce(n = 0, i IN views | n + i.datedDeadlines) AS datedDeadlines;
