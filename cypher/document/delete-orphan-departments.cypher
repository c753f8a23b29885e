// After a document is replaced, removes those of its old departments that no document involves any more. Only the
// departments the old version touched are looked at, so concurrent imports of other documents are not locked.
// :param ids => ['常州市钟楼区/区工信局']
MATCH (x:Department)
WHERE x.id IN $ids AND NOT EXISTS { (x)--() }
DELETE x;
