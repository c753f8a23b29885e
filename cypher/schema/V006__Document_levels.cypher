// Lineage lookups at import across levels (lineage/parents, lineage/children): the State Council's documents are
// found by their issuer (STARTS WITH '国务院', a prefix a range index serves), a province's document's children by
// their province. Without them each import scans every Document.
CREATE INDEX document_issuer IF NOT EXISTS FOR (d:Document) ON (d.issuer);
CREATE INDEX document_province IF NOT EXISTS FOR (d:Document) ON (d.province);
