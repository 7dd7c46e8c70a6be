-- Full-text search (ccorpus serve). search_words holds each document's title and cleaned text cut into
-- words (and the shorter dictionary words inside long ones), separated by spaces; docid = documents.id.
-- search_state remembers which text each row was built from, so stale or missing rows can be rebuilt.
CREATE VIRTUAL TABLE search_words USING fts4(words, tokenize=simple);

CREATE TABLE search_state (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text_hash   TEXT NOT NULL                -- documents.text_hash the row was built from
);

CREATE TRIGGER search_words_forget AFTER DELETE ON documents BEGIN
    DELETE FROM search_words WHERE docid = old.id;
END;

-- Result lists read these columns without walking the overflow pages of raw and text.
CREATE INDEX documents_listing ON documents (published, site, on_topic, title);
