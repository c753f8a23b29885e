// A store from before summaries: no Document.summary, no figures on INVOLVES, no SHARED links.
MATCH (d:Document)
REMOVE d.summary
WITH count(d) AS documents
CALL () {
  MATCH (:Document)-[i:INVOLVES]->(:Department)
  REMOVE i.leads, i.joints, i.supports, i.boilerplateLeads, i.boilerplateJoints, i.boilerplateSupports,
         i.boilerplateTasks, i.targets, i.boilerplateTargets, i.deadlines, i.boilerplateDeadlines, i.datedDeadlines,
         i.dependents
}
CALL () {
  MATCH (:Department)-[s:SHARED]->(:Department)
  DELETE s
}
RETURN documents;
