// The sections of several documents, in order: label, title, and the department whose section it is (null for a
// topic section). A document stored before sections had titles (no sectionLabels) has its department sections only.
// :param ids => ['zhonglou-2021']
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  WITH d
  WHERE d.sectionLabels IS NOT NULL AND size(d.sectionLabels) > 0
  UNWIND range(1, size(d.sectionLabels)) AS ordinal
  OPTIONAL MATCH (d)-[:INVOLVES {section: ordinal}]->(x:Department)
  RETURN ordinal, d.sectionLabels[ordinal - 1] AS label, d.sectionTitles[ordinal - 1] AS title, head(collect(x)) AS department
  UNION
  WITH d
  WHERE d.sectionLabels IS NULL
  MATCH (d)-[i:INVOLVES]->(x:Department)
  WHERE i.section IS NOT NULL
  RETURN i.section AS ordinal, i.label AS label, x.name AS title, x AS department
}
RETURN d.id AS documentId, ordinal, label, title, department
ORDER BY documentId, ordinal;
