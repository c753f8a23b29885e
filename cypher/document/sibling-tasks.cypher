// The tasks of document $id (first) and of the other documents of its government, for its similar tasks across
// documents: the documents of its region, or, for a document without a region, the other documents without one issued
// by the State Council (国务院…). No row when it has no sibling. Another government's documents are not siblings: a
// district copying its city's task is lineage (DERIVED_FROM), and two districts giving their own departments alike
// work duplicate nothing.
// :param id => 'portfolio-district-2023b'
MATCH (d:Document {id: $id})
MATCH (s:Document)
WHERE s.id <> d.id
  AND (s.region = d.region
       OR (d.region IS NULL AND s.region IS NULL AND d.issuer STARTS WITH '国务院' AND s.issuer STARTS WITH '国务院'))
WITH d, collect(s) AS siblings
WHERE size(siblings) > 0
UNWIND [d] + siblings AS doc
MATCH (doc)-[:CONTAINS]->(t:Task)
RETURN t.id AS id, t.documentId AS documentId, t.text AS text
ORDER BY t.documentId = $id DESC, t.documentId, t.section, t.ordinal;
