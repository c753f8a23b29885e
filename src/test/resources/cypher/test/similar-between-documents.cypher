// The SIMILAR_TO links between the tasks of two documents, either way.
// :param a => 'portfolio-district-2023a'
// :param b => 'portfolio-district-2023b'
MATCH (x:Task {documentId: $a})-[s:SIMILAR_TO]-(y:Task {documentId: $b})
RETURN x.id AS a, y.id AS b, s.score AS score
ORDER BY a, b;
