// Every target of a document with the clause that sets it and that clause's owner, in document order.
// :param documentId => 'zhonglou-2021'
MATCH (:Document {id: $documentId})-[:CONTAINS]->(t:Task)-[:SETS]->(g:Target)
MATCH (owner:Department)-[:OWNS]->(t)
RETURN g AS target, t AS task, owner.id AS ownerId
ORDER BY t.section, t.ordinal, g.ordinal;
