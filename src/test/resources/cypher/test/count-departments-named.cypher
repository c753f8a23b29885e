// How many Department nodes carry one name (one per jurisdiction, never duplicated by re-imports).
// :param name => '区工信局'
MATCH (x:Department {name: $name})
RETURN count(x) AS count;
