package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// CrawlFrontier keeps the crawler's frontier, runs and fetch log in the
// store (migration 0010). Every method is one transaction, so a crawl
// killed at any moment resumes where it stopped.
type CrawlFrontier struct{ db *DB }

var _ crawler.Frontier = (*CrawlFrontier)(nil)

// CrawlFrontier returns the crawl state kept in db.
func (db *DB) CrawlFrontier() crawler.Frontier { return &CrawlFrontier{db: db} }

// LockCrawl takes an exclusive flock on the database file itself
// (crawler.LockDatabase), so that two crawls never run on one database at
// once whatever path, symlink or hard link they reach it by. The lock is
// held until Close: releasing it earlier would close a descriptor of the
// database file and drop SQLite's own locks, so the returned function does
// nothing.
func (db *DB) LockCrawl(ctx context.Context) (func() error, error) {
	if db.crawlLock != nil {
		return func() error { return nil }, nil
	}
	unlock, err := crawler.LockDatabase(db.path)
	if err != nil {
		return nil, err
	}
	db.crawlLock = unlock
	return func() error { return nil }, nil
}

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// BeginRun implements crawler.Frontier.
func (f *CrawlFrontier) BeginRun(ctx context.Context, now time.Time) (crawler.Run, error) {
	var run crawler.Run
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending' WHERE state = 'queued'`); err != nil {
			return err
		}
		var started string
		err := tx.QueryRowContext(ctx, `SELECT id, started_at FROM crawl_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1`).Scan(&run.ID, &started)
		if err == nil {
			run.Resumed = true
			run.Started, _ = time.Parse(time.RFC3339Nano, started)
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO crawl_runs (started_at) VALUES (?)`, formatTime(now))
		if err != nil {
			return err
		}
		run.ID, err = res.LastInsertId()
		run.Started = now
		if err != nil {
			return err
		}
		// Skipped entries were never fetched (robots.txt, date window,
		// keywords, article limit): look at them again, the filters may have changed.
		_, err = tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', tries = 0, next_at = 0
			WHERE state IN ('failed', 'blocked', 'skipped')`)
		return err
	})
	if err != nil {
		return crawler.Run{}, fmt.Errorf("store: begin crawl run: %w", err)
	}
	return run, nil
}

// Add implements crawler.Frontier.
func (f *CrawlFrontier) Add(ctx context.Context, run crawler.Run, entries []crawler.Entry) (int, error) {
	fresh := 0
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		fresh = 0
		ins, err := tx.PrepareContext(ctx, `INSERT INTO crawl_urls (url, host, site, kind, depth, via, title,
			published, page, state, discovered_run) VALUES (?,?,?,?,?,?,?,?,?,'pending',?) ON CONFLICT (url) DO NOTHING`)
		if err != nil {
			return err
		}
		defer ins.Close()
		for _, e := range entries {
			res, err := ins.ExecContext(ctx, e.URL, e.Host, e.Site, e.Kind, e.Depth, e.Via, e.Title, e.Published, e.Page, run.ID)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 1 {
				fresh++
				continue
			}
			var discovered, claimed int64
			var kind, state string
			err = tx.QueryRowContext(ctx, `SELECT discovered_run, claimed_run, kind, state FROM crawl_urls WHERE url = ?`, e.URL).
				Scan(&discovered, &claimed, &kind, &state)
			if err != nil {
				return err
			}
			if discovered == run.ID {
				fresh++
			}
			if kind != crawler.KindArticle && claimed != run.ID && state != crawler.StatePending {
				_, err = tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', tries = 0, next_at = 0,
					depth = ?, via = ?, page = ? WHERE url = ?`, e.Depth, e.Via, e.Page, e.URL)
				if err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: add crawl urls: %w", err)
	}
	return fresh, nil
}

// Recheck implements crawler.Frontier.
func (f *CrawlFrontier) Recheck(ctx context.Context, run crawler.Run) (int, error) {
	var n int64
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', tries = 0, next_at = 0
			WHERE kind = 'article' AND state = 'done'`)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: recheck: %w", err)
	}
	return int(n), nil
}

const entryColumns = `url, host, site, kind, depth, via, title, published, page, state, tries, next_at,
	etag, last_modified, hash, claimed_run`

// Next implements crawler.Frontier.
func (f *CrawlFrontier) Next(ctx context.Context, run crawler.Run, q crawler.NextQuery) ([]crawler.Entry, error) {
	var out []crawler.Entry
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		hosts, err := pendingHosts(ctx, tx)
		if err != nil {
			return err
		}
		perHost := q.PerHost
		if perHost <= 0 {
			perHost = q.Limit
		}
		for _, h := range hosts {
			if len(out) >= q.Limit {
				break
			}
			if q.SkipHosts[h] {
				continue
			}
			got, err := dueOnHost(ctx, tx, run, h, q.Now, min(perHost, q.Limit-len(out)))
			if err != nil {
				return err
			}
			out = append(out, got...)
		}
		for _, e := range out {
			if _, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'queued', claimed_run = ? WHERE url = ?`, run.ID, e.URL); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: next crawl urls: %w", err)
	}
	return out, nil
}

// pendingHosts lists the hosts that have pending entries.
func pendingHosts(ctx context.Context, tx *sql.Tx) ([]string, error) {
	// A skip-scan: one index seek per host, however many entries each has.
	rows, err := tx.QueryContext(ctx, `WITH RECURSIVE h(host) AS (
			SELECT min(host) FROM crawl_urls WHERE state = 'pending'
			UNION ALL
			SELECT (SELECT min(host) FROM crawl_urls WHERE state = 'pending' AND host > h.host) FROM h WHERE h.host IS NOT NULL)
		SELECT host FROM h WHERE host IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hosts []string
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		hosts = append(hosts, h)
	}
	return hosts, rows.Err()
}

// dueOnHost returns up to n due pending entries of one host, shallowest first.
func dueOnHost(ctx context.Context, tx *sql.Tx, run crawler.Run, host string, now time.Time, n int) ([]crawler.Entry, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+entryColumns+` FROM crawl_urls INDEXED BY crawl_urls_host
		WHERE state = 'pending' AND host = ? AND next_at <= ? ORDER BY depth, id LIMIT ?`, host, ms(now), n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []crawler.Entry
	for rows.Next() {
		var next, claimed int64
		var e crawler.Entry
		if err := rows.Scan(&e.URL, &e.Host, &e.Site, &e.Kind, &e.Depth, &e.Via, &e.Title, &e.Published,
			&e.Page, &e.State, &e.Tries, &next, &e.ETag, &e.LastModified, &e.Hash, &claimed); err != nil {
			return nil, err
		}
		if next > 0 {
			e.NextAt = time.UnixMilli(next)
		}
		e.Interrupted = claimed == run.ID
		e.State = crawler.StateQueued
		out = append(out, e)
	}
	return out, rows.Err()
}

// NextDue implements crawler.Frontier.
func (f *CrawlFrontier) NextDue(ctx context.Context, run crawler.Run) (time.Time, bool, error) {
	var next sql.NullInt64
	err := f.db.sql.QueryRowContext(ctx, `SELECT min(next_at) FROM crawl_urls WHERE state = 'pending'`).Scan(&next)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next due: %w", err)
	}
	if !next.Valid {
		return time.Time{}, false, nil
	}
	if next.Int64 == 0 {
		return time.Time{}, true, nil
	}
	return time.UnixMilli(next.Int64), true, nil
}
