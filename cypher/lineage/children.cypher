// The documents that derive from a document just written: those for which it is now of the nearest level above that
// has documents in the store (parents.cypher read from above). A city's own document: its districts' documents. A
// province's: the documents of its cities and districts, a district's only while its city has no document. The State
// Council's: every document with a region whose city and province have no document. Each child comes with the
// documents it derived from until now at a farther level (a district's province's or State Council's documents, once
// its city's document arrives): their links are to go.
// :param id => 'suzhou-2024'
MATCH (p:Document {id: $id})
// each branch unwinds the new document only when it is of the branch's level, so only that branch reads other
// documents (a WHERE on p alone is planned after the MATCH, which then scans every document on every import)
CALL (p) {
  UNWIND CASE WHEN p.city IS NOT NULL AND p.district IS NULL THEN [p] ELSE [] END AS city
  MATCH (c:Document)
  WHERE c.city = city.city AND c.district IS NOT NULL
  RETURN c
  UNION
  UNWIND CASE WHEN p.province IS NOT NULL AND p.region = p.province THEN [p] ELSE [] END AS province
  MATCH (c:Document)
  WHERE c.province = province.region AND c.region <> province.region
    AND NOT (c.district IS NOT NULL AND EXISTS { MATCH (q:Document) WHERE q.region = c.city AND q.district IS NULL })
  RETURN c
  UNION
  UNWIND CASE WHEN p.region IS NULL AND p.issuer STARTS WITH '国务院' THEN [p] ELSE [] END AS council
  MATCH (c:Document)
  WHERE c.region IS NOT NULL AND c <> council
    AND NOT (c.district IS NOT NULL AND EXISTS { MATCH (q:Document) WHERE q.region = c.city AND q.district IS NULL })
    AND NOT (c.province IS NOT NULL AND c.region <> c.province
             AND EXISTS { MATCH (q:Document) WHERE q.region = c.province AND q.city IS NULL AND q.district IS NULL })
  RETURN c
}
WITH p, c
WHERE c.id <> p.id
RETURN c.id AS child,
       COLLECT { MATCH (c)-[:DERIVED_FROM]->(old:Document)
                 WHERE coalesce(old.region, '') <> coalesce(p.region, '') RETURN old.id ORDER BY old.id } AS farther
ORDER BY child;
