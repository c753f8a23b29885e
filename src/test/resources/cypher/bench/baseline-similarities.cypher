// Import benchmark baseline, step 8 of 8: SIMILAR_TO links between clauses of one document.
// :param rows => [{from: 'base-0/区工信局/1', to: 'base-0/区市场监管局/2', score: 0.83, passage: '…', passageScore: 0.9}]
UNWIND $rows AS r
MATCH (a:Task {id: r.from})
MATCH (b:Task {id: r.to})
MERGE (a)-[s:SIMILAR_TO]->(b)
SET s.score = r.score, s.passage = r.passage, s.passageScore = r.passageScore;
