// Every document's view of its departments: whether it names each as another government's.
MATCH (d:Document)-[i:INVOLVES]->(x:Department)
RETURN d.id AS document, x.id AS department, i.external AS external
ORDER BY document, department;
