// Transactions of the database that are running an import statement right now (any UNWIND of rows).
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE currentQuery CONTAINS 'UNWIND $'
RETURN count(*) AS running;
