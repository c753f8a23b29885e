// The documents whose stored summary (summarise-document) is missing or of an older shape than $summary, in id order.
// :param summary => 2
MATCH (d:Document)
WHERE coalesce(d.summary, 0) < $summary
RETURN d.id AS id
ORDER BY id;
