-- A researcher's corrections of extracted facts (ccorpus serve). A row is never changed except to be
-- undone; for one (document, record, field) the newest row not undone is in force. Rows are keyed by the
-- document's key and id, which reprocess and re-crawls keep, so corrections outlive both.
CREATE TABLE corrections (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    doc_key      TEXT NOT NULL,
    record_index INTEGER NOT NULL,          -- -1 for the page itself (field on_topic)
    field        TEXT NOT NULL,             -- a records column, or on_topic
    old_value    TEXT NOT NULL,             -- JSON: the value shown when the correction was made
    new_value    TEXT NOT NULL,             -- JSON: the researcher's value (null clears it)
    note         TEXT NOT NULL DEFAULT '',
    who          TEXT NOT NULL,
    created_at   TEXT NOT NULL,             -- RFC 3339
    undone_at    TEXT,                      -- set when undone
    undone_by    TEXT
);
CREATE INDEX corrections_key ON corrections (document_id, record_index, field);

-- The correction in force for each corrected (document, record, field).
CREATE VIEW active_corrections AS
SELECT c.* FROM corrections c
WHERE c.undone_at IS NULL AND c.id = (SELECT max(c2.id) FROM corrections c2
    WHERE c2.document_id = c.document_id AND c2.record_index = c.record_index AND c2.field = c.field
    AND c2.undone_at IS NULL);

-- Per corrected record (and per page, record_index -1): a JSON object field -> corrected value.
CREATE VIEW correction_sets AS
SELECT document_id, record_index, json_group_object(field, json(new_value)) AS fields
FROM active_corrections GROUP BY document_id, record_index;

-- Documents with their on_topic as corrected.
CREATE VIEW corrected_documents AS
SELECT d.id, d.doc_key, d.title, d.published, d.site,
    CASE WHEN json_type(c.fields, '$.on_topic') IN ('true', 'false') THEN json_type(c.fields, '$.on_topic') = 'true'
         ELSE d.on_topic END AS on_topic,
    c.fields IS NOT NULL AS page_corrected
FROM documents d LEFT JOIN correction_sets c ON c.document_id = d.id AND c.record_index = -1;

-- Records with every correction in force applied; records of pages marked off topic are left out.
CREATE VIEW corrected_records AS
SELECT r.id, r.document_id, r.record_index,
    CASE WHEN json_type(c.fields, '$.campaign') IS NULL THEN r.campaign ELSE json_extract(c.fields, '$.campaign') END AS campaign,
    CASE WHEN json_type(c.fields, '$.year') IS NULL THEN r.year ELSE json_extract(c.fields, '$.year') END AS year,
    CASE WHEN json_type(c.fields, '$.level') IS NULL THEN r.level ELSE json_extract(c.fields, '$.level') END AS level,
    CASE WHEN json_type(c.fields, '$.province') IS NULL THEN r.province ELSE json_extract(c.fields, '$.province') END AS province,
    CASE WHEN json_type(c.fields, '$.province_code') IS NULL THEN r.province_code ELSE json_extract(c.fields, '$.province_code') END AS province_code,
    CASE WHEN json_type(c.fields, '$.city') IS NULL THEN r.city ELSE json_extract(c.fields, '$.city') END AS city,
    CASE WHEN json_type(c.fields, '$.city_code') IS NULL THEN r.city_code ELSE json_extract(c.fields, '$.city_code') END AS city_code,
    CASE WHEN json_type(c.fields, '$.county') IS NULL THEN r.county ELSE json_extract(c.fields, '$.county') END AS county,
    CASE WHEN json_type(c.fields, '$.county_code') IS NULL THEN r.county_code ELSE json_extract(c.fields, '$.county_code') END AS county_code,
    CASE WHEN json_type(c.fields, '$.event_dates') IS NULL THEN r.event_dates ELSE json_extract(c.fields, '$.event_dates') END AS event_dates,
    CASE WHEN json_type(c.fields, '$.department_count') IS NULL THEN r.department_count ELSE json_extract(c.fields, '$.department_count') END AS department_count,
    CASE WHEN json_type(c.fields, '$.activity_count') IS NULL THEN r.activity_count ELSE json_extract(c.fields, '$.activity_count') END AS activity_count,
    CASE WHEN json_type(c.fields, '$.activities') IS NULL THEN r.activities ELSE json_extract(c.fields, '$.activities') END AS activities,
    CASE WHEN json_type(c.fields, '$.theme') IS NULL THEN r.theme ELSE json_extract(c.fields, '$.theme') END AS theme,
    r.evidence,
    coalesce((SELECT json_group_array(key) FROM json_each(c.fields)), '[]') AS corrected
FROM records r
JOIN corrected_documents d ON d.id = r.document_id AND d.on_topic
LEFT JOIN correction_sets c ON c.document_id = r.document_id AND c.record_index = r.record_index;
