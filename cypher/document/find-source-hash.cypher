// The hash of the text a document was last imported from; no row when the document is new.
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
RETURN d.sourceHash AS sourceHash;
