// Lookups by document: a task's documentId and section (Section.tasks, the document filter of tasks()).
CREATE INDEX task_document IF NOT EXISTS FOR (t:Task) ON (t.documentId, t.section);
