package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/ccorpus/ccorpus/store"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// Complete implements crawler.Frontier: the entry's state and its fetch
// log line are written in one transaction.
func (f *CrawlFrontier) Complete(ctx context.Context, run crawler.Run, o crawler.Outcome) error {
	e, l := o.Entry, o.Fetch
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = ?, tries = ?, next_at = ?, etag = ?,
			last_modified = ?, hash = ?, claimed_run = CASE WHEN ? = 'pending' THEN 0 ELSE claimed_run END
			WHERE url = ?`, e.State, e.Tries, ms(e.NextAt), e.ETag, e.LastModified, e.Hash, e.State, e.URL)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO crawl_fetches (run_id, time, url, via, kind, status, size,
			content_type, duration_ms, hash, tries, warc_file, warc_offset, outcome, reason)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, run.ID, formatTime(l.Time), l.URL, l.Via, e.Kind, l.Status,
			l.Size, l.ContentType, l.Duration.Milliseconds(), l.Hash, l.Tries, l.WARCFile, l.WARCOffset, l.Outcome, l.Reason)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: complete %s: %w", e.URL, err)
	}
	return nil
}

// FinishRun implements crawler.Frontier.
func (f *CrawlFrontier) FinishRun(ctx context.Context, run crawler.Run, now time.Time) error {
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE crawl_runs SET finished_at = ? WHERE id = ?`, formatTime(now), run.ID)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: finish crawl run: %w", err)
	}
	return nil
}

// Summary implements crawler.Frontier: the last log line of each URL in the run.
func (f *CrawlFrontier) Summary(ctx context.Context, run crawler.Run) (crawler.Summary, error) {
	var s crawler.Summary
	s.Tally("", crawler.Fetch{})
	rows, err := f.db.sql.QueryContext(ctx, `SELECT f.kind, f.outcome, f.reason FROM crawl_fetches f
		JOIN (SELECT max(id) AS id FROM crawl_fetches WHERE run_id = ? GROUP BY url) l ON f.id = l.id`, run.ID)
	if err != nil {
		return s, fmt.Errorf("store: crawl summary: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind string
		var l crawler.Fetch
		if err := rows.Scan(&kind, &l.Outcome, &l.Reason); err != nil {
			return s, fmt.Errorf("store: crawl summary: %w", err)
		}
		s.Tally(kind, l)
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("store: crawl summary: %w", err)
	}
	return s, nil
}

// CrawlLog returns the fetch log of a run (0 for all runs), oldest first.
func (f *CrawlFrontier) CrawlLog(ctx context.Context, runID int64) ([]store.CrawlFetch, error) {
	rows, err := f.db.sql.QueryContext(ctx, `SELECT run_id, kind, time, url, via, status, size, content_type,
		duration_ms, hash, tries, warc_file, warc_offset, outcome, reason FROM crawl_fetches
		WHERE ? = 0 OR run_id = ? ORDER BY id`, runID, runID)
	if err != nil {
		return nil, fmt.Errorf("store: crawl log: %w", err)
	}
	defer rows.Close()
	var out []store.CrawlFetch
	for rows.Next() {
		var c store.CrawlFetch
		var at string
		var dur int64
		if err := rows.Scan(&c.RunID, &c.Kind, &at, &c.URL, &c.Via, &c.Status, &c.Size, &c.ContentType, &dur,
			&c.Hash, &c.Tries, &c.WARCFile, &c.WARCOffset, &c.Outcome, &c.Reason); err != nil {
			return nil, fmt.Errorf("store: crawl log: %w", err)
		}
		c.Time, _ = time.Parse(time.RFC3339Nano, at)
		c.Duration = time.Duration(dur) * time.Millisecond
		out = append(out, c)
	}
	return out, rows.Err()
}
