// How many documents the store holds (0 on a new store, which start-up then fills with the seed).
MATCH (d:Document)
RETURN count(d) AS documents;
