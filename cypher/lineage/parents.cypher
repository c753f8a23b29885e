// The documents a document derives from: the documents of the nearest level above it that has documents in the
// store, by the places its issuer names (region, province, city, district). A district's document (region
// 苏州市吴中区): its city's own documents (region 苏州市), else its province's (region 江苏省), else the State
// Council's (no region, issued by 国务院…); a city's: its province's, else the State Council's; a province's: the
// State Council's. The levels are recognised as documents-in-scope recognises them. A document without a region (the
// State Council's own, or one whose issuer names no place) derives from none; a city's document whose issuer does not
// name its province (常州市人民政府) knows no province, so it derives from the State Council's.
// Returns one row of the nearest level's documents, or no row.
// :param id => 'wuzhong-2024'
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (p:Document)
  WHERE d.district IS NOT NULL AND p.region = d.city AND p.district IS NULL
  RETURN p, 1 AS distance
  UNION
  MATCH (p:Document)
  WHERE d.province IS NOT NULL AND d.region <> d.province
    AND p.region = d.province AND p.city IS NULL AND p.district IS NULL
  RETURN p, 2 AS distance
  UNION
  MATCH (p:Document)
  WHERE d.region IS NOT NULL AND p.region IS NULL AND p.issuer STARTS WITH '国务院'
  RETURN p, 3 AS distance
}
WITH distance, p
WHERE p.id <> $id
WITH distance, collect(p.id) AS parents
ORDER BY distance
LIMIT 1
RETURN parents;
