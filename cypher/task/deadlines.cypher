// The deadlines several tasks are due by.
// :param ids => ['zhonglou-2021/区工信局/3']
MATCH (t:Task)-[:DUE]->(dl:Deadline)
WHERE t.id IN $ids
RETURN t.id AS taskId, dl AS deadline
ORDER BY taskId, coalesce(dl.month, 99), dl.text;
