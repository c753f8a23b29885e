// Creates the quantified targets each task sets.
// :param targets => [{id: 'zhonglou-2021/区工信局/2#1', task: 'zhonglou-2021/区工信局/2', kind: 'COUNT', subject: '源头替代项目', value: 30.0, unit: '个', comparator: 'EQ', change: null, scope: null, raw: '…'}]
UNWIND $targets AS target
MATCH (t:Task {id: target.task})
CREATE (t)-[:SETS]->(:Target {id: target.id, ordinal: target.ordinal, kind: target.kind, subject: target.subject,
                              value: target.value, unit: target.unit, comparator: target.comparator,
                              change: target.change, scope: target.scope, raw: target.raw});
