-- Lets ingest recognise an unchanged page by its raw bytes before running the pipeline.
CREATE INDEX documents_raw_hash ON documents (raw_hash);
