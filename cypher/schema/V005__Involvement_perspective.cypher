// Whether a department is external is a document's view, not the department's: 常州市/市商务局 is external to the
// district's document that names it and the city's own department in the city's document. The flag moves onto the
// INVOLVES relationship (write-document sets it from now on), so an answer over several documents judges a
// department by the documents it covers. Existing stores take the department's last-written flag.
MATCH (:Document)-[i:INVOLVES]->(x:Department)
WHERE i.external IS NULL
SET i.external = coalesce(x.external, false);
