// After a document is replaced, removes departments that no document involves any more.
MATCH (x:Department)
WHERE NOT EXISTS { (x)--() }
DELETE x;
