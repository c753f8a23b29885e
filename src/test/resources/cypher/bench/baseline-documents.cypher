// Import benchmark baseline, step 1 of 8: documents. The same rows dutygraph's import writes, already parsed, as
// one batched UNWIND … MERGE per batch through the driver (no parsing, no similarity, no replacement logic).
// :param rows => [{id: 'base-0', properties: {title: '…', year: 2021, sourceHash: '…'}}]
UNWIND $rows AS r
MERGE (d:Document {id: r.id})
SET d += r.properties;
