// Takes the write locks of an import on the departments it will touch (its old version's and its new one's), one
// after another in the order given: every import passes them sorted by id, so two imports sharing departments wait
// for each other instead of each holding some the other needs (a deadlock, the import rolled back and run again).
// Run before a stored version is removed; a new document's import takes the same locks in write-document's first step.
// A department not yet stored is created here (write-document then fills it in); setting its label again is what
// takes the lock of a stored one (held until the transaction ends), without touching its unique index entry.
// :param ids => ['常州市钟楼区/区工信局', '常州市钟楼区/区生态环境局']
UNWIND $ids AS id
MERGE (x:Department {id: id})
SET x:Department;
