// Load balance over one or more documents: for every department they involve, how many tasks it leads, joins (会同)
// and supports (配合), the targets of the tasks it leads or joins, the deadlines of every task it takes part in, and
// the weighted score, summed over the documents and broken down per document. A department is external to the
// answer only when every document that involves it names it as another government's (常州市/市商务局 is external to a
// district's document but the city's own in the city's). Boilerplate tasks count only with $includeBoilerplate.
// :param documentIds => ['zhonglou-2021']
// :param weights => {lead: 1.0, joint: 0.5, support: 0.5}
// :param includeBoilerplate => false
MATCH (doc:Document)-[i:INVOLVES]->(x:Department)
WHERE doc.id IN $documentIds
WITH x, min(i.section) AS section, all(e IN collect(i) WHERE e.external) AS external
OPTIONAL MATCH (x)-[r:LEAD|JOINT|SUPPORT]->(t:Task)
WHERE t.documentId IN $documentIds
WITH x, section, external, t.documentId AS documentId, r, t, ($includeBoilerplate OR NOT t.boilerplate) AS counted
WITH x, section, external, documentId,
     count(DISTINCT CASE WHEN type(r) = 'LEAD' AND counted THEN t END) AS leads,
     count(DISTINCT CASE WHEN type(r) = 'JOINT' AND counted THEN t END) AS joints,
     count(DISTINCT CASE WHEN type(r) = 'SUPPORT' AND counted THEN t END) AS supports,
     count(DISTINCT CASE WHEN r IS NOT NULL AND NOT counted THEN t END) AS boilerplateSkipped,
     collect(DISTINCT CASE WHEN type(r) IN ['LEAD', 'JOINT'] AND counted THEN t END) AS carried,
     collect(DISTINCT CASE WHEN r IS NOT NULL AND counted THEN t END) AS involved
WITH x, section, external, documentId, leads, joints, supports, boilerplateSkipped,
     reduce(n = 0, t IN carried | n + COUNT { (t)-[:SETS]->() }) AS targets,
     reduce(n = 0, t IN involved | n + COUNT { (t)-[:DUE]->() }) AS deadlines
ORDER BY documentId
WITH x, section, external,
     collect(CASE WHEN documentId IS NOT NULL THEN {documentId: documentId, leads: leads, joints: joints,
                  supports: supports, score: $weights.lead * leads + $weights.joint * joints + $weights.support * supports} END) AS documents,
     sum(leads) AS leads, sum(joints) AS joints, sum(supports) AS supports, sum(boilerplateSkipped) AS boilerplateSkipped,
     sum(targets) AS targets, sum(deadlines) AS deadlines
RETURN x {.*, external: external} AS department, section, leads, joints, supports, boilerplateSkipped, targets,
       deadlines, $weights.lead * leads + $weights.joint * joints + $weights.support * supports AS score, documents
ORDER BY score DESC, section, department.name;
