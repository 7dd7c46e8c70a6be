-- The crawl frontier, its runs and the fetch log.

CREATE TABLE crawl_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,               -- RFC 3339
    finished_at TEXT                         -- NULL while the run is unfinished (the next crawl resumes it)
);

CREATE TABLE crawl_urls (
    id             INTEGER PRIMARY KEY,      -- discovery order
    url            TEXT NOT NULL UNIQUE,     -- canonical
    host           TEXT NOT NULL,            -- host:port, the unit of politeness
    site           TEXT NOT NULL,            -- site name in the sources file
    kind           TEXT NOT NULL,            -- list, article, feed, sitemap
    depth          INTEGER NOT NULL DEFAULT 0,
    via            TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '', -- link text or feed title
    published      TEXT NOT NULL DEFAULT '', -- YYYY-MM-DD known before fetching
    page           INTEGER NOT NULL DEFAULT 0,
    state          TEXT NOT NULL,            -- pending, queued, done, failed, blocked, skipped
    tries          INTEGER NOT NULL DEFAULT 0,
    next_at        INTEGER NOT NULL DEFAULT 0, -- unix ms; pending entries are due from then
    etag           TEXT NOT NULL DEFAULT '',
    last_modified  TEXT NOT NULL DEFAULT '',
    hash           TEXT NOT NULL DEFAULT '', -- sha256 hex of the last body stored
    discovered_run INTEGER NOT NULL,
    claimed_run    INTEGER NOT NULL DEFAULT 0 -- the run that last handed the entry out
);

CREATE INDEX crawl_urls_due ON crawl_urls (state, next_at);

CREATE TABLE crawl_fetches (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES crawl_runs (id),
    time         TEXT NOT NULL,              -- RFC 3339
    url          TEXT NOT NULL,
    via          TEXT NOT NULL,
    kind         TEXT NOT NULL,
    status       INTEGER NOT NULL,           -- HTTP status, 0 when no response
    size         INTEGER NOT NULL,           -- body bytes on the wire
    content_type TEXT NOT NULL,
    duration_ms  INTEGER NOT NULL,
    hash         TEXT NOT NULL,
    tries        INTEGER NOT NULL,
    warc_file    TEXT NOT NULL,
    warc_offset  INTEGER NOT NULL,
    outcome      TEXT NOT NULL,              -- new, changed, unchanged, retry, failed, blocked, skipped
    reason       TEXT NOT NULL
);

CREATE INDEX crawl_fetches_run ON crawl_fetches (run_id, url);
