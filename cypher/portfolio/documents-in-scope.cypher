// The documents a scope selects (issue 13's portfolio), the most recently imported first. Every condition given must
// hold: $documentIds lists them; $jurisdiction is a Document.region (常州市钟楼区, 常州市), with $withLevelsAbove also
// the documents of the governments above it as its own documents name them (its city's; its province's, named by its
// own documents or its city's; and the State Council's: no region, issued by 国务院…); $year is the year a document
// names; $inForceOn (ISO date) keeps the documents in force that day: from its publishing date (else its signing date, else 1 January of its year) through
// its expiry date (else 31 December of its year: a 目标责任书 is annual, a longer 实施方案 states its term). A document
// with neither a date nor a year is never in force by date.
// :param documentIds => null
// :param jurisdiction => '常州市钟楼区'
// :param withLevelsAbove => true
// :param year => null
// :param inForceOn => '2021-06-01'
OPTIONAL MATCH (home:Document {region: $jurisdiction})
WITH collect(DISTINCT home.city) AS cities, collect(DISTINCT home.province) AS provinces,
     count(home.district) > 0 AS district
// a district's documents seldom name their province; its city's documents do
OPTIONAL MATCH (city:Document)
WHERE district AND city.region IN cities AND city.district IS NULL
WITH cities, district, provinces, collect(DISTINCT city.province) AS cityProvinces
WITH cities, district, provinces + cityProvinces AS provinces
MATCH (d:Document)
WHERE ($documentIds IS NULL OR d.id IN $documentIds)
  AND ($jurisdiction IS NULL OR d.region = $jurisdiction
       OR ($withLevelsAbove AND (
             (district AND d.region IN cities AND d.district IS NULL)
          OR (d.region IN provinces AND d.city IS NULL AND d.district IS NULL)
          OR (d.region IS NULL AND d.issuer STARTS WITH '国务院'))))
  AND ($year IS NULL OR d.year = $year)
WITH d,
     coalesce(d.publishedDate, d.createdDate, CASE WHEN d.year IS NOT NULL THEN date({year: d.year, month: 1, day: 1}) END) AS inForceFrom,
     coalesce(d.expiresDate, CASE WHEN d.year IS NOT NULL THEN date({year: d.year, month: 12, day: 31}) END) AS inForceTo
WHERE $inForceOn IS NULL
   OR (inForceFrom IS NOT NULL AND inForceFrom <= date($inForceOn) AND date($inForceOn) <= inForceTo)
RETURN d.id AS id
ORDER BY d.importedAt DESC;
