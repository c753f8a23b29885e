// Empties the store (the schema stays): a test class starts from nothing but what it imports.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;
