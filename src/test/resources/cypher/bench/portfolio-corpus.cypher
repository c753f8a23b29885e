// What a portfolio corpus holds once imported (PortfolioBenchmark): documents by level (a district's; a city's or a
// province's own; the State Council's, without region), jurisdictions and years, tasks, departments, targets, the
// within-document similar pairs and the lineage links the import made.
MATCH (d:Document)
WITH count(d) AS documents,
     count(CASE WHEN d.district IS NOT NULL THEN 1 END) AS districtDocuments,
     count(CASE WHEN d.district IS NULL AND d.city IS NOT NULL THEN 1 END) AS cityDocuments,
     count(CASE WHEN d.city IS NULL AND d.province IS NOT NULL THEN 1 END) AS provinceDocuments,
     count(CASE WHEN d.region IS NULL THEN 1 END) AS nationalDocuments,
     count(DISTINCT d.region) AS regions,
     count(DISTINCT CASE WHEN d.district IS NOT NULL THEN d.region END) AS districts,
     count(DISTINCT d.city) AS cities,
     count(DISTINCT d.province) AS provinces
RETURN documents, districtDocuments, cityDocuments, provinceDocuments, nationalDocuments, regions, districts, cities,
       provinces,
       COLLECT { MATCH (y:Document) WITH y.year AS year, count(*) AS n ORDER BY year RETURN toString(year) + ': ' + toString(n) } AS years,
       COUNT { MATCH (t:Task) } AS tasks,
       COUNT { MATCH (t:Task) WHERE t.boilerplate } AS boilerplate,
       COUNT { MATCH (x:Department) } AS departments,
       COUNT { MATCH (g:Target) } AS targets,
       COUNT { MATCH (:Task)-[s:SIMILAR_TO]->(:Task) } AS similarPairs,
       COUNT { MATCH (:Task)-[l:DERIVED_FROM]->(:Task) } AS taskLineage,
       COUNT { MATCH (:Document)-[l:DERIVED_FROM]->(:Document) } AS documentLineage;
