// How many Task nodes carry a document's id, whether or not the document still contains them (0 when none).
// :param id => 'zhonglou-2021'
MATCH (t:Task {documentId: $id})
RETURN count(t) AS count;
