-- PostgreSQL version of store/sqlite/migrations/0030_search.sql (ccorpus serve's full-text search) and of the
-- workbench views of 0031_corrections.sql. search_words holds each document's title and cleaned text cut
-- into words by the caller's segmenter, as a tsvector of the 'simple' configuration (every space-separated
-- word is one lexeme, CJK words included), with the documents.text_hash it was built from, so that stale or
-- missing rows can be rebuilt. Ingest, crawl and reprocess write it in the page's transaction.
CREATE TABLE search_words (
    document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text_hash   TEXT NOT NULL,
    words       TSVECTOR NOT NULL
);
CREATE INDEX search_words_words ON search_words USING GIN (words);

-- Per corrected record (and per page, record_index -1): a JSON object field -> corrected value.
CREATE VIEW correction_sets AS
SELECT document_id, record_index, jsonb_object_agg(field, new_value::jsonb) AS fields
FROM active_corrections GROUP BY document_id, record_index;

-- Documents with their on_topic as corrected.
CREATE VIEW corrected_documents AS
SELECT d.id, d.doc_key, d.title, d.published, d.site,
    CASE WHEN jsonb_typeof(c.fields -> 'on_topic') = 'boolean' THEN (c.fields ->> 'on_topic')::boolean
         ELSE d.on_topic END AS on_topic,
    c.fields IS NOT NULL AS page_corrected
FROM documents d LEFT JOIN correction_sets c ON c.document_id = d.id AND c.record_index = -1;

-- Records with every correction in force applied; records of pages marked off topic are left out.
-- JSON lists come back as TEXT, as SQLite's view gives them.
CREATE VIEW corrected_records AS
SELECT r.id, r.document_id, r.record_index,
    CASE WHEN c.fields ? 'campaign' THEN c.fields ->> 'campaign' ELSE r.campaign END AS campaign,
    CASE WHEN c.fields ? 'year' THEN (c.fields ->> 'year')::bigint ELSE r.year END AS year,
    CASE WHEN c.fields ? 'level' THEN c.fields ->> 'level' ELSE r.level END AS level,
    CASE WHEN c.fields ? 'province' THEN c.fields ->> 'province' ELSE r.province END AS province,
    CASE WHEN c.fields ? 'province_code' THEN c.fields ->> 'province_code' ELSE r.province_code END AS province_code,
    CASE WHEN c.fields ? 'city' THEN c.fields ->> 'city' ELSE r.city END AS city,
    CASE WHEN c.fields ? 'city_code' THEN c.fields ->> 'city_code' ELSE r.city_code END AS city_code,
    CASE WHEN c.fields ? 'county' THEN c.fields ->> 'county' ELSE r.county END AS county,
    CASE WHEN c.fields ? 'county_code' THEN c.fields ->> 'county_code' ELSE r.county_code END AS county_code,
    CASE WHEN c.fields ? 'event_dates' THEN (c.fields -> 'event_dates')::text ELSE r.event_dates END AS event_dates,
    CASE WHEN c.fields ? 'department_count' THEN (c.fields ->> 'department_count')::bigint ELSE r.department_count END AS department_count,
    CASE WHEN c.fields ? 'activity_count' THEN (c.fields ->> 'activity_count')::bigint ELSE r.activity_count END AS activity_count,
    CASE WHEN c.fields ? 'activities' THEN (c.fields -> 'activities')::text ELSE r.activities END AS activities,
    CASE WHEN c.fields ? 'theme' THEN c.fields ->> 'theme' ELSE r.theme END AS theme,
    r.evidence,
    coalesce((SELECT json_agg(k ORDER BY k COLLATE "C")::text FROM jsonb_object_keys(c.fields) k), '[]') AS corrected
FROM records r
JOIN corrected_documents d ON d.id = r.document_id AND d.on_topic
LEFT JOIN correction_sets c ON c.document_id = r.document_id AND c.record_index = r.record_index;
