// Import benchmark baseline, step 6 of 8: numeric targets.
// :param rows => [{id: 'base-0/区工信局/1#1', task: 'base-0/区工信局/1', ordinal: 1, kind: 'COUNT', subject: '源头替代项目', value: 30.0, unit: '个', comparator: 'EQ', change: null, scope: '全区', raw: '…'}]
UNWIND $rows AS r
MATCH (t:Task {id: r.task})
MERGE (g:Target {id: r.id})
SET g.ordinal = r.ordinal, g.kind = r.kind, g.subject = r.subject, g.value = r.value, g.unit = r.unit,
    g.comparator = r.comparator, g.change = r.change, g.scope = r.scope, g.raw = r.raw
MERGE (t)-[:SETS]->(g);
