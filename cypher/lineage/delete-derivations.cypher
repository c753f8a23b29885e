// Removes a document's links to documents it no longer derives from, because a nearer level now has documents (a
// district's links to its province's once its city's document arrives): its tasks' DERIVED_FROM links to their
// tasks, and its own.
// :param child => 'wuzhong-2024'
// :param parents => ['jiangsu-2024']
MATCH (c:Document {id: $child})-[link:DERIVED_FROM]->(p:Document)
WHERE p.id IN $parents
CALL (c, p) {
  MATCH (c)-[:CONTAINS]->(:Task)-[stale:DERIVED_FROM]->(copied:Task)
  WHERE copied.documentId = p.id
  DELETE stale
}
DELETE link;
