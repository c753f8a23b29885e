// Load balance: for every department the document involves, how many clauses it leads, joins (会同) and supports
// (配合), the targets of the clauses it leads or joins, the deadlines of every clause it takes part in, and the
// weighted score. Boilerplate clauses count only with $includeBoilerplate.
// :param documentId => 'zhonglou-2021'
// :param weights => {lead: 1.0, joint: 0.5, support: 0.5}
// :param includeBoilerplate => false
MATCH (:Document {id: $documentId})-[i:INVOLVES]->(x:Department)
OPTIONAL MATCH (x)-[r:LEAD|JOINT|SUPPORT]->(t:Task {documentId: $documentId})
WITH x, i, r, t, ($includeBoilerplate OR NOT t.boilerplate) AS counted
WITH x, i,
     count(DISTINCT CASE WHEN type(r) = 'LEAD' AND counted THEN t END) AS leads,
     count(DISTINCT CASE WHEN type(r) = 'JOINT' AND counted THEN t END) AS joints,
     count(DISTINCT CASE WHEN type(r) = 'SUPPORT' AND counted THEN t END) AS supports,
     count(DISTINCT CASE WHEN r IS NOT NULL AND NOT counted THEN t END) AS boilerplateSkipped,
     collect(DISTINCT CASE WHEN type(r) IN ['LEAD', 'JOINT'] AND counted THEN t END) AS carried,
     collect(DISTINCT CASE WHEN r IS NOT NULL AND counted THEN t END) AS involved
RETURN x AS department, i.section AS section, leads, joints, supports, boilerplateSkipped,
       reduce(n = 0, t IN carried | n + COUNT { (t)-[:SETS]->() }) AS targets,
       reduce(n = 0, t IN involved | n + COUNT { (t)-[:DUE]->() }) AS deadlines,
       $weights.lead * leads + $weights.joint * joints + $weights.support * supports AS score
ORDER BY score DESC, section;
