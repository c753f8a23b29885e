// Departments by id.
// :param ids => ['常州市钟楼区/区工信局']
MATCH (x:Department)
WHERE x.id IN $ids
RETURN x AS department;
