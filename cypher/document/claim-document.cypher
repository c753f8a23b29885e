// Claims a document id for the importing transaction and says what it held: the first statement of every import.
// MERGE on the unique id locks it, so a second import of the same id waits here until the first commits or rolls
// back, and then reads what the first wrote (the same text is then unchanged; nothing is created twice).
// existed is false for a new id (the node is then created by this transaction and rolls back with it).
// :param id => 'zhonglou-2021'
// number and title say which document the id holds, so that a derived id never silently replaces another document.
MERGE (d:Document {id: $id})
RETURN d.importedAt IS NOT NULL AS existed, d.sourceHash AS sourceHash, d.number AS number, d.title AS title;
