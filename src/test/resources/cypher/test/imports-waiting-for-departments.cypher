// Test only: how many transactions are in the statement that takes an import's department locks (lock-departments).
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS 'MERGE (x:Department {id: id})'
RETURN count(*) AS waiting;
