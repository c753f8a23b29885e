// The summaries document/summarise-document stored, per document and department, in the columns of
// summary-from-role-edges.
MATCH (doc:Document)-[i:INVOLVES]->(x:Department)
RETURN doc.id AS documentId, x.id AS departmentId, i.leads AS leads, i.joints AS joints, i.supports AS supports,
       i.boilerplateLeads AS boilerplateLeads, i.boilerplateJoints AS boilerplateJoints,
       i.boilerplateSupports AS boilerplateSupports, i.boilerplateTasks AS boilerplateTasks, i.targets AS targets,
       i.boilerplateTargets AS boilerplateTargets, i.deadlines AS deadlines, i.boilerplateDeadlines AS boilerplateDeadlines,
       i.datedDeadlines AS datedDeadlines, COLLECT { UNWIND i.dependents AS id RETURN id ORDER BY id } AS dependents
ORDER BY documentId, departmentId;
