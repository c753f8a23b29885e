// Test only: takes the write lock of every department of that name in the caller's open transaction, as an import
// does for the departments it writes (lock-departments); the lock is held until that transaction ends.
// :param name => '区工信局'
MATCH (x:Department {name: $name})
SET x:Department
RETURN count(x) AS held;
