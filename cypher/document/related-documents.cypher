// Documents a document derives from or that derive from it: a district's document (region 常州市钟楼区, city 常州市)
// derives from its city's own document (region 常州市, no district).
// :param id => 'zhonglou-2021'
MATCH (d:Document {id: $id})
OPTIONAL MATCH (parent:Document)
WHERE d.district IS NOT NULL AND parent.id <> d.id AND parent.region = d.city AND parent.district IS NULL
WITH d, collect(parent.id) AS parents
OPTIONAL MATCH (child:Document)
WHERE d.district IS NULL AND d.city IS NOT NULL AND child.id <> d.id AND child.city = d.city AND child.district IS NOT NULL
RETURN parents, collect(child.id) AS children;
