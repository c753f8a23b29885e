// Every clause-level lineage link in the store: a district clause and the city clause it was found to copy.
MATCH (child:Task)-[link:DERIVED_FROM]->(parent:Task)
RETURN child.id AS child, parent.id AS parent, link.score AS score;
