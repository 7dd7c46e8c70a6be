-- PostgreSQL only: crawling one frontier from several machines at once.
-- A queued URL is held by one worker until its lease ends (renewed while the
-- worker lives); a host's next request time, hold-off and in-flight slots are
-- shared by every worker; crawl_workers is who takes part, since when.

ALTER TABLE crawl_urls ADD COLUMN holder TEXT NOT NULL DEFAULT '';
ALTER TABLE crawl_urls ADD COLUMN lease_until TIMESTAMPTZ;
CREATE INDEX crawl_urls_queued ON crawl_urls (holder, lease_until) WHERE state = 'queued';

ALTER TABLE crawl_fetches ADD COLUMN worker TEXT NOT NULL DEFAULT '';

CREATE TABLE crawl_hosts (
    host         TEXT PRIMARY KEY,
    last_start   TIMESTAMPTZ NOT NULL DEFAULT '-infinity', -- start reserved by the latest request
    interval_us  BIGINT NOT NULL DEFAULT 0,                -- the longest spacing any worker asked for this run
    paused_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity'  -- a Retry-After seen by any worker
);

CREATE TABLE crawl_host_slots (
    host        TEXT NOT NULL,
    slot        INTEGER NOT NULL,                          -- 0 … parallel-1
    holder      TEXT NOT NULL DEFAULT '',                  -- '' when free
    token       BIGINT NOT NULL DEFAULT 0,
    lease_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity',
    PRIMARY KEY (host, slot)
);

CREATE TABLE crawl_workers (
    worker       TEXT PRIMARY KEY,                         -- --worker, default the machine's name and pid
    role         TEXT NOT NULL DEFAULT 'crawl',            -- crawl, or work (a job queue worker)
    run_id       BIGINT NOT NULL,
    machine      TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    heartbeat_at TIMESTAMPTZ NOT NULL,
    stopped_at   TIMESTAMPTZ
);
