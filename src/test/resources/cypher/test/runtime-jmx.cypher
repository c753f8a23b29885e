// The JVM's runtime bean (system properties, command line): what an unauthenticated Bolt client must not read.
CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes
RETURN attributes;
