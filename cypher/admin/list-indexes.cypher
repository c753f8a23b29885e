// Names, kinds, targets, state and settings of all indexes.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state, options
RETURN name, type, labelsOrTypes, properties, state, options
ORDER BY name;
