// Full-text search over task texts; the CJK analyzer tokenizes Chinese/Japanese/Korean text into bigrams.
CREATE FULLTEXT INDEX task_text IF NOT EXISTS
FOR (t:Task) ON EACH [t.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
