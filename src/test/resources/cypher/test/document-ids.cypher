// The ids of the stored documents.
MATCH (d:Document)
RETURN d.id AS id;
