// What each department carries in one document, written beside the document's content in the import's transaction,
// so that an analysis over many documents reads a few figures per department and document instead of expanding every
// role edge of every department (over 1,000 documents: 242,000 role edges, 5–9 s a statement).
// On INVOLVES (the document's view of a department), tasks that are not boilerplate / boilerplate counted apart:
//   leads, joints, supports / boilerplateLeads, boilerplateJoints, boilerplateSupports: tasks it holds that role in;
//   boilerplateTasks: boilerplate tasks it takes any role in;
//   targets / boilerplateTargets: targets of the tasks it leads or joins;
//   deadlines / boilerplateDeadlines: deadlines of the tasks it takes part in;
//   dependents: the other departments whose work waits on its lead or joint work (the document's layout decides:
//     with department sections the owner of a clause naming it; in a task division every other unit of the task);
//   datedDeadlines: dated deadlines (4月底前, not 汛前) of the tasks it leads or joins.
// SHARED {documentId, tasks, sharedTasks} from the lower to the higher department id: the tasks (not boilerplate) both
// take a role in, and how many (read without the list where only the number counts). delete-document-content removes both with the content. $summary is the version of this shape, kept on the
// Document so that a start can rewrite the summaries of documents imported before it changed (DocumentSummaries).
// :param id => 'zhonglou-2021'
// :param summary => 2
MATCH (doc:Document {id: $id})
WITH doc, coalesce(doc.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES'] AS owned
CALL (doc) {
  MATCH (doc)-[:INVOLVES]->(:Department)-[s:SHARED]->(:Department)
  WHERE s.documentId = doc.id
  DELETE s
}
CALL (doc, owned) {
  MATCH (doc)-[i:INVOLVES]->(x:Department)
  OPTIONAL MATCH (doc)-[:CONTAINS]->(t:Task)<-[r:LEAD|JOINT|SUPPORT]-(x)
  WITH i, x, t, collect(type(r)) AS roles
  WITH i, x, t, roles, 'LEAD' IN roles OR 'JOINT' IN roles AS carries
  WITH i, x, t, roles, carries,
       CASE WHEN t IS NULL THEN 0 ELSE COUNT { (t)-[:SETS]->() } END AS targets,
       CASE WHEN t IS NULL THEN 0 ELSE COUNT { (t)-[:DUE]->() } END AS deadlines,
       CASE WHEN t IS NULL OR NOT carries THEN 0
            ELSE size(COLLECT { MATCH (t)-[:DUE]->(due:Deadline) WHERE due.month IS NOT NULL RETURN DISTINCT due }) END AS dated,
       CASE WHEN t IS NULL OR NOT carries OR t.boilerplate THEN []
            ELSE COLLECT { MATCH (other:Department)-[h:OWNS|LEAD|JOINT|SUPPORT]->(t)
                           WHERE other <> x AND (type(h) = 'OWNS') = owned
                           RETURN DISTINCT other.id } END AS waiting
  WITH i,
       count(CASE WHEN NOT t.boilerplate AND 'LEAD' IN roles THEN t END) AS leads,
       count(CASE WHEN NOT t.boilerplate AND 'JOINT' IN roles THEN t END) AS joints,
       count(CASE WHEN NOT t.boilerplate AND 'SUPPORT' IN roles THEN t END) AS supports,
       count(CASE WHEN t.boilerplate AND 'LEAD' IN roles THEN t END) AS boilerplateLeads,
       count(CASE WHEN t.boilerplate AND 'JOINT' IN roles THEN t END) AS boilerplateJoints,
       count(CASE WHEN t.boilerplate AND 'SUPPORT' IN roles THEN t END) AS boilerplateSupports,
       count(CASE WHEN t.boilerplate THEN t END) AS boilerplateTasks,
       sum(CASE WHEN NOT t.boilerplate AND carries THEN targets ELSE 0 END) AS targets,
       sum(CASE WHEN t.boilerplate AND carries THEN targets ELSE 0 END) AS boilerplateTargets,
       sum(CASE WHEN NOT t.boilerplate THEN deadlines ELSE 0 END) AS deadlines,
       sum(CASE WHEN t.boilerplate THEN deadlines ELSE 0 END) AS boilerplateDeadlines,
       sum(CASE WHEN NOT t.boilerplate THEN dated ELSE 0 END) AS datedDeadlines,
       collect(waiting) AS waiting
  SET i.leads = leads, i.joints = joints, i.supports = supports,
      i.boilerplateLeads = boilerplateLeads, i.boilerplateJoints = boilerplateJoints,
      i.boilerplateSupports = boilerplateSupports, i.boilerplateTasks = boilerplateTasks,
      i.targets = targets, i.boilerplateTargets = boilerplateTargets,
      i.deadlines = deadlines, i.boilerplateDeadlines = boilerplateDeadlines, i.datedDeadlines = datedDeadlines,
      i.dependents = reduce(acc = [], ids IN waiting | acc + [id IN ids WHERE NOT id IN acc])
}
CALL (doc) {
  MATCH (doc)-[:CONTAINS]->(t:Task)<-[:LEAD|JOINT|SUPPORT]-(x:Department)
  WHERE NOT t.boilerplate
  MATCH (t)<-[:LEAD|JOINT|SUPPORT]-(y:Department)
  WHERE x.id < y.id
  WITH x, y, t
  ORDER BY t.section, t.ordinal, t.id
  WITH x, y, collect(DISTINCT t.id) AS tasks
  CREATE (x)-[:SHARED {documentId: doc.id, tasks: tasks, sharedTasks: size(tasks)}]->(y)
}
SET doc.summary = $summary;
