-- Named co-organising departments and labelled event dates of each record (extract.Facts.Departments, .Events).
ALTER TABLE records ADD COLUMN departments TEXT NOT NULL DEFAULT '[]'; -- JSON: [{"name","evidence"}]
ALTER TABLE records ADD COLUMN events TEXT NOT NULL DEFAULT '[]';      -- JSON: [{"date","label"}]
