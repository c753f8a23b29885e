// Test only: a node whose survival across restarts is checked.
CREATE (m:TestMarker {id: $id})
RETURN m.id AS id;
