// The figures document/summarise-document stores, computed afresh from the role edges per document and department
// (as the analyses computed them before summaries were stored): the oracle the stored summaries are tested against.
MATCH (doc:Document)-[:INVOLVES]->(x:Department)
WITH doc, x, coalesce(doc.layout, 'DEPARTMENT_SECTIONS') IN ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES'] AS owned
RETURN doc.id AS documentId, x.id AS departmentId,
       COUNT { MATCH (x)-[:LEAD]->(t:Task {documentId: doc.id}) WHERE NOT t.boilerplate } AS leads,
       COUNT { MATCH (x)-[:JOINT]->(t:Task {documentId: doc.id}) WHERE NOT t.boilerplate } AS joints,
       COUNT { MATCH (x)-[:SUPPORT]->(t:Task {documentId: doc.id}) WHERE NOT t.boilerplate } AS supports,
       COUNT { MATCH (x)-[:LEAD]->(t:Task {documentId: doc.id}) WHERE t.boilerplate } AS boilerplateLeads,
       COUNT { MATCH (x)-[:JOINT]->(t:Task {documentId: doc.id}) WHERE t.boilerplate } AS boilerplateJoints,
       COUNT { MATCH (x)-[:SUPPORT]->(t:Task {documentId: doc.id}) WHERE t.boilerplate } AS boilerplateSupports,
       COUNT { MATCH (x)-[:LEAD|JOINT|SUPPORT]->(t:Task {documentId: doc.id}) WHERE t.boilerplate RETURN DISTINCT t } AS boilerplateTasks,
       COUNT { MATCH (x)-[:LEAD|JOINT]->(t:Task {documentId: doc.id})-[:SETS]->(g) WHERE NOT t.boilerplate RETURN DISTINCT g } AS targets,
       COUNT { MATCH (x)-[:LEAD|JOINT]->(t:Task {documentId: doc.id})-[:SETS]->(g) WHERE t.boilerplate RETURN DISTINCT g } AS boilerplateTargets,
       COUNT { MATCH (x)-[:LEAD|JOINT|SUPPORT]->(t:Task {documentId: doc.id})-[e:DUE]->() WHERE NOT t.boilerplate RETURN DISTINCT e } AS deadlines,
       COUNT { MATCH (x)-[:LEAD|JOINT|SUPPORT]->(t:Task {documentId: doc.id})-[e:DUE]->() WHERE t.boilerplate RETURN DISTINCT e } AS boilerplateDeadlines,
       COUNT { MATCH (x)-[:LEAD|JOINT]->(t:Task {documentId: doc.id})-[:DUE]->(due:Deadline)
               WHERE due.month IS NOT NULL AND NOT t.boilerplate RETURN DISTINCT t, due } AS datedDeadlines,
       COLLECT { MATCH (x)-[:LEAD|JOINT]->(t:Task {documentId: doc.id})<-[h:OWNS|LEAD|JOINT|SUPPORT]-(other:Department)
                 WHERE other <> x AND NOT t.boilerplate AND (type(h) = 'OWNS') = owned
                 RETURN DISTINCT other.id AS id ORDER BY id } AS dependents
ORDER BY documentId, departmentId;
