// How many tasks (boilerplate among them) a list of documents holds: the size of a scope.
// :param documentIds => ['zhonglou-2021']
MATCH (t:Task)
WHERE t.documentId IN $documentIds
RETURN count(t) AS tasks, count(CASE WHEN t.boilerplate THEN 1 END) AS boilerplate;
