// Import benchmark baseline, step 4 of 8: the LEAD / JOINT / SUPPORT edges with their evidence.
// :param rows => [{department: 'base-0/区工信局', task: 'base-0/区工信局/1', role: 'LEAD', evidence: '…'}]
UNWIND $rows AS r
MATCH (x:Department {id: r.department})
MATCH (t:Task {id: r.task})
FOREACH (_ IN CASE WHEN r.role = 'LEAD' THEN [1] ELSE [] END | MERGE (x)-[:LEAD {evidence: r.evidence}]->(t))
FOREACH (_ IN CASE WHEN r.role = 'JOINT' THEN [1] ELSE [] END | MERGE (x)-[:JOINT {evidence: r.evidence}]->(t))
FOREACH (_ IN CASE WHEN r.role = 'SUPPORT' THEN [1] ELSE [] END | MERGE (x)-[:SUPPORT {evidence: r.evidence}]->(t));
