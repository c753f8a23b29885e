// Creates or updates the Document node with its metadata.
// :param id => 'zhonglou-2021'
// :param document => {title: '…', number: '钟政发〔2021〕24号', year: 2021, sourceHash: '…'}
MERGE (d:Document {id: $id})
SET d = $document, d.id = $id, d.importedAt = datetime();
