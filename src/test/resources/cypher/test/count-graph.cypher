// Everything in the store: to show that an import wrote nothing, or nothing twice.
MATCH (n)
RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships;
