// Test only: what an intruder on Bolt would try, reading a file or a URL through LOAD CSV.
// :param url => 'file:///proc/self/environ'
LOAD CSV FROM $url AS row
RETURN row
LIMIT 5;
