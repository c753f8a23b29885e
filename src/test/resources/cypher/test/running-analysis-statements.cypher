// Test only: how many transactions are running one of the statements every document analysis starts with
// (collaboration-network, department-dependence: the document's departments), this statement excepted.
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS ':INVOLVES]->(x:Department)' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running;
