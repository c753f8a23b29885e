// Similar tasks of two documents of one government (see sibling-tasks.cypher), stored as the pairs within a document
// are: (:Task)-[:SIMILAR_TO {score, passage, passageScore}]->(:Task), from the document just written to the other.
// :param pairs => [{from: 'portfolio-district-2023b/一/(一)', to: 'portfolio-district-2023a/一/2', score: 0.92, passage: null, passageScore: 0.0}]
UNWIND $pairs AS s
MATCH (a:Task {id: s.from})
MATCH (b:Task {id: s.to})
CREATE (a)-[:SIMILAR_TO {score: s.score, passage: s.passage, passageScore: s.passageScore}]->(b);
