// Stores the similar clause pairs found at import: (:Task)-[:SIMILAR_TO {score, passage, passageScore}]->(:Task),
// from the earlier task to the later one. score is whole-clause bigram Jaccard; passage the shared sentence, if any.
// :param similarities => [{from: 'zhonglou-2021/区工信局/1', to: 'zhonglou-2021/区市场监管局/1', score: 0.91, passage: '…', passageScore: 1.0}]
UNWIND $similarities AS s
MATCH (a:Task {id: s.from})
MATCH (b:Task {id: s.to})
CREATE (a)-[:SIMILAR_TO {score: s.score, passage: s.passage, passageScore: s.passageScore}]->(b);
