// The SHARED links document/summarise-document stored, in the columns of shared-from-role-edges.
MATCH (x:Department)-[s:SHARED]->(y:Department)
RETURN s.documentId AS documentId, x.id AS from, y.id AS to, COLLECT { UNWIND s.tasks AS task RETURN task ORDER BY task } AS tasks,
       s.sharedTasks AS sharedTasks
ORDER BY documentId, from, to;
