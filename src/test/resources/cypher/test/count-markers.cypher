// Test only: how many markers with the given id exist.
MATCH (m:TestMarker {id: $id})
RETURN count(m) AS count;
