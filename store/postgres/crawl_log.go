package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

func pid() int { return os.Getpid() }

// Complete implements crawler.Frontier: the entry's state and its fetch
// log line (with the worker's name) in one transaction.
func (f *CrawlFrontier) Complete(ctx context.Context, run crawler.Run, o crawler.Outcome) error {
	e, l := o.Entry, o.Fetch
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = $1, tries = $2, next_at = $3, etag = $4,
			last_modified = $5, hash = $6, claimed_run = CASE WHEN $1 = 'pending' THEN 0 ELSE claimed_run END,
			holder = '', lease_until = NULL WHERE url = $7`, e.State, e.Tries, ms(e.NextAt), e.ETag, e.LastModified, e.Hash, e.URL)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO crawl_fetches (run_id, time, url, via, kind, status, size,
			content_type, duration_ms, hash, tries, warc_file, warc_offset, outcome, reason, worker)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)`, run.ID, formatTime(l.Time), l.URL, l.Via, e.Kind,
			l.Status, l.Size, l.ContentType, l.Duration.Milliseconds(), l.Hash, l.Tries, l.WARCFile, l.WARCOffset, l.Outcome,
			l.Reason, f.db.Worker)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: complete %s: %w", e.URL, err)
	}
	return nil
}

// FinishRun implements crawler.Frontier; the first worker to finish marks it.
func (f *CrawlFrontier) FinishRun(ctx context.Context, run crawler.Run, now time.Time) error {
	_, err := f.db.sql.ExecContext(ctx, `UPDATE crawl_runs SET finished_at = $1 WHERE id = $2 AND finished_at IS NULL`,
		formatTime(now), run.ID)
	if err != nil {
		return fmt.Errorf("store: finish crawl run: %w", err)
	}
	return nil
}

// Summary implements crawler.Frontier: the last log line of each URL in the
// run, over all workers.
func (f *CrawlFrontier) Summary(ctx context.Context, run crawler.Run) (crawler.Summary, error) {
	var s crawler.Summary
	s.Tally("", crawler.Fetch{})
	rows, err := f.db.sql.QueryContext(ctx, `SELECT f.kind, f.outcome, f.reason FROM crawl_fetches f
		JOIN (SELECT max(id) AS id FROM crawl_fetches WHERE run_id = $1 GROUP BY url) l ON f.id = l.id`, run.ID)
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
