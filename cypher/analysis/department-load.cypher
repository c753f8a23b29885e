// Load balance over one or more documents: for every department they involve, how many tasks it leads, joins (会同)
// and supports (配合), the targets of the tasks it leads or joins, the deadlines of every task it takes part in, and
// the weighted score, summed over the documents and broken down per document. A department is external to the
// answer only when every document that involves it names it as another government's (常州市/市商务局 is external to a
// district's document but the city's own in the city's). Boilerplate tasks count only with $includeBoilerplate.
// The figures are each document's summary on INVOLVES (document/summarise-document), summed here.
// :param documentIds => ['zhonglou-2021']
// :param weights => {lead: 1.0, joint: 0.5, support: 0.5}
// :param includeBoilerplate => false
// First the documents covered: those of $documentIds the store holds or, when $documentIds is null, the most recently
// imported one, returned as documentIds on every row (the caller refuses an unknown document: AnalysisScope.Coverage);
// when the analysis finds nothing there, one row with documentIds only.
CALL () {
  UNWIND coalesce($documentIds, []) AS id
  MATCH (d:Document {id: id})
  RETURN d.id AS id
  UNION ALL
  WITH $documentIds IS NULL AS latest
  WHERE latest // first, so that no document is scanned when ids are given
  MATCH (d:Document)
  WITH d
  ORDER BY d.importedAt DESC
  LIMIT 1
  RETURN d.id AS id
}
WITH collect(id) AS documentIds
OPTIONAL CALL (documentIds) {
  MATCH (doc:Document)-[i:INVOLVES]->(x:Department)
  WHERE doc.id IN documentIds
  WITH x, doc.id AS documentId, i,
       i.leads + CASE WHEN $includeBoilerplate THEN i.boilerplateLeads ELSE 0 END AS leads,
       i.joints + CASE WHEN $includeBoilerplate THEN i.boilerplateJoints ELSE 0 END AS joints,
       i.supports + CASE WHEN $includeBoilerplate THEN i.boilerplateSupports ELSE 0 END AS supports,
       CASE WHEN $includeBoilerplate THEN 0 ELSE i.boilerplateTasks END AS boilerplateSkipped,
       i.targets + CASE WHEN $includeBoilerplate THEN i.boilerplateTargets ELSE 0 END AS targets,
       i.deadlines + CASE WHEN $includeBoilerplate THEN i.boilerplateDeadlines ELSE 0 END AS deadlines,
       i.leads + i.joints + i.supports + i.boilerplateLeads + i.boilerplateJoints + i.boilerplateSupports > 0 AS takesPart
  ORDER BY documentId
  WITH x, min(i.section) AS section, all(e IN collect(i) WHERE e.external) AS external,
       collect(CASE WHEN takesPart THEN {documentId: documentId, leads: leads, joints: joints, supports: supports,
                    score: $weights.lead * leads + $weights.joint * joints + $weights.support * supports} END) AS documents,
       sum(leads) AS leads, sum(joints) AS joints, sum(supports) AS supports, sum(boilerplateSkipped) AS boilerplateSkipped,
       sum(targets) AS targets, sum(deadlines) AS deadlines
  RETURN x {.*, external: external} AS department, section, leads, joints, supports, boilerplateSkipped, targets,
         deadlines, $weights.lead * leads + $weights.joint * joints + $weights.support * supports AS score, documents
}
RETURN documentIds, department, section, leads, joints, supports, boilerplateSkipped, targets, deadlines, score, documents
ORDER BY score DESC, section, department.name;
