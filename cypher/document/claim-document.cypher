// Claims a document id for the importing transaction and says what it held: the first statement of every import.
// Setting the label of a stored document again takes the node's write lock before anything else touches it (MERGE
// alone locks only an id it creates; setting the id itself would also lock its unique index entry, which the next
// import's seek holds shared: a deadlock), so a second import of the same id waits here until the first commits or
// rolls back, and then reads what the first wrote (the same text is then unchanged; nothing is created twice, no
// version is removed twice). Every import takes its locks in one order: this document, then its departments sorted
// by id (lock-departments).
// existed is false for a new id (the node is then created by this transaction and rolls back with it).
// :param id => 'zhonglou-2021'
// number and title say which document the id holds, so that a derived id never silently replaces another document.
OPTIONAL MATCH (stored:Document {id: $id})
SET stored:Document
WITH stored
MERGE (d:Document {id: $id})
RETURN d.importedAt IS NOT NULL AS existed, d.sourceHash AS sourceHash, d.number AS number, d.title AS title;
