-- Why a document's text is empty (the record's "reason"); NULL when it is not.
ALTER TABLE documents ADD COLUMN reason TEXT;
