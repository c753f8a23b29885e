// A document whose tasks were just rewritten has no task links left, to the tasks it copied or from their copies:
// its document links go too (both ways), so a document whose place changed keeps none to its old relatives. Its
// lineage is then linked afresh (parents.cypher, children.cypher).
// :param id => 'suzhou-2024'
MATCH (:Document {id: $id})-[link:DERIVED_FROM]-(:Document)
DELETE link;
