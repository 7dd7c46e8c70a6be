-- Pages, their regional records and activities, and the processing log.

CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    doc_key          TEXT NOT NULL UNIQUE,      -- canonical URL, or "sha256:<raw hash>" when the page has none
    source           TEXT NOT NULL,             -- the input as named when first stored (path or URL)
    url              TEXT,
    content_type     TEXT,
    kind             TEXT NOT NULL,             -- html or text
    fetched_at       TEXT NOT NULL,             -- RFC 3339, when the raw bytes were read
    first_seen       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    processed_at     TEXT NOT NULL,
    raw              BLOB NOT NULL,             -- raw bytes, compressed with raw_codec
    raw_codec        TEXT NOT NULL,
    raw_size         INTEGER NOT NULL,
    raw_hash         TEXT NOT NULL,             -- sha256 hex of the raw bytes
    text_hash        TEXT NOT NULL,             -- sha256 hex of the cleaned text
    previous_hashes  TEXT NOT NULL DEFAULT '[]',-- JSON: [{"raw_hash","text_hash","replaced_at"}] of changed versions
    title            TEXT,
    published        TEXT,
    site             TEXT,
    origin           TEXT,
    author           TEXT,
    editor           TEXT,
    charset          TEXT,
    script           TEXT NOT NULL,
    is_index         INTEGER NOT NULL DEFAULT 0,
    on_topic         INTEGER NOT NULL,
    original_text    TEXT NOT NULL,             -- main text before cleaning
    text             TEXT NOT NULL,             -- cleaned simplified text
    spam_removed     TEXT NOT NULL DEFAULT '[]',-- JSON list
    clean_counts     TEXT NOT NULL DEFAULT '{}',-- JSON: changes made by each cleaning step
    facts            TEXT NOT NULL DEFAULT '{}' -- JSON: page-level facts (extract.Facts)
);

CREATE TABLE records (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_index     INTEGER NOT NULL,
    campaign         TEXT,
    year             INTEGER,
    level            TEXT,
    province         TEXT,
    province_code    TEXT,
    city             TEXT,
    city_code        TEXT,
    county           TEXT,
    county_code      TEXT,
    event_dates      TEXT NOT NULL DEFAULT '[]', -- JSON list of YYYY-MM-DD
    department_count INTEGER,
    activity_count   INTEGER,
    activities       TEXT NOT NULL DEFAULT '[]', -- JSON list
    theme            TEXT,
    evidence         TEXT NOT NULL DEFAULT '{}', -- JSON object: field -> sentence
    UNIQUE (document_id, record_index)
);
CREATE INDEX records_campaign_year ON records (campaign, year);
CREATE INDEX records_province ON records (province);

CREATE TABLE activities (
    id             INTEGER PRIMARY KEY,
    record_id      INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    activity_index INTEGER NOT NULL,
    name           TEXT NOT NULL,
    UNIQUE (record_id, activity_index)
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    command     TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    pages       INTEGER NOT NULL DEFAULT 0,
    inserted    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);

-- One row per page that failed or was skipped: what, at which stage, why.
CREATE TABLE processing_log (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER REFERENCES runs(id),
    at      TEXT NOT NULL,
    source  TEXT NOT NULL,
    doc_key TEXT,
    stage   TEXT NOT NULL,   -- read, content, clean, facts, store
    outcome TEXT NOT NULL,   -- failed or skipped
    reason  TEXT NOT NULL
);
CREATE INDEX processing_log_outcome ON processing_log (outcome, stage);
