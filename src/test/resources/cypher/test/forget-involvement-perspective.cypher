// A store from before migration V005: the INVOLVES relationships carry no external flag (the department node did).
MATCH (:Document)-[i:INVOLVES]->(:Department)
REMOVE i.external;
