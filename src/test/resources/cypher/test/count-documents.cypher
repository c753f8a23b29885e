// How many documents the store holds.
MATCH (d:Document)
RETURN count(d) AS documents;
