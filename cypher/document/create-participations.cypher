// Creates the role edges (:Department)-[:LEAD|JOINT|SUPPORT {evidence}]->(:Task).
// :param participations => [{department: '常州市钟楼区/区市场监管局', task: 'zhonglou-2021/区工信局/1', role: 'LEAD', evidence: '配合市场监管部门…'}]
UNWIND $participations AS p
MATCH (x:Department {id: p.department})
MATCH (t:Task {id: p.task})
FOREACH (_ IN CASE WHEN p.role = 'LEAD' THEN [1] ELSE [] END | CREATE (x)-[:LEAD {evidence: p.evidence}]->(t))
FOREACH (_ IN CASE WHEN p.role = 'JOINT' THEN [1] ELSE [] END | CREATE (x)-[:JOINT {evidence: p.evidence}]->(t))
FOREACH (_ IN CASE WHEN p.role = 'SUPPORT' THEN [1] ELSE [] END | CREATE (x)-[:SUPPORT {evidence: p.evidence}]->(t));
