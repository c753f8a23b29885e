// Lineage lookups at import (write-document): a district's document finds its city's document by region, a city's
// document finds its districts' documents by city. Without them each import scans every Document.
CREATE INDEX document_region IF NOT EXISTS FOR (d:Document) ON (d.region);
CREATE INDEX document_city IF NOT EXISTS FOR (d:Document) ON (d.city);
