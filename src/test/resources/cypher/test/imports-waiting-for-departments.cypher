// Test only: how many transactions are in a statement that takes an import's department locks: lock-departments (an
// import replacing a stored version) or write-document's first step (a new document's import).
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS 'MERGE (x:Department {id: id})'
   OR currentQuery CONTAINS 'MERGE (x:Department {id: lockId})'
RETURN count(*) AS waiting;
