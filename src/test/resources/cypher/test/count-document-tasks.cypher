// How many tasks a document holds (0 when it does not exist).
// :param id => 'zhonglou-2021'
OPTIONAL MATCH (:Document {id: $id})-[:CONTAINS]->(t:Task)
RETURN count(t) AS count;
