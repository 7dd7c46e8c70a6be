package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// CrawlFrontier keeps the crawler's frontier, runs and fetch log in the
// store (migration 0010). Every method is one transaction, so a crawl
// killed at any moment resumes where it stopped.
type CrawlFrontier struct{ db *DB }

var _ crawler.Frontier = (*CrawlFrontier)(nil)

// CrawlFrontier returns the crawl state kept in db.
func (db *DB) CrawlFrontier() *CrawlFrontier { return &CrawlFrontier{db: db} }

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
		_, err = tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', tries = 0, next_at = 0
			WHERE state IN ('failed', 'blocked') OR (state = 'skipped' AND kind <> 'article')`)
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

const entryColumns = `url, host, site, kind, depth, via, title, published, page, state, tries, next_at,
	etag, last_modified, hash, claimed_run`

// Next implements crawler.Frontier.
func (f *CrawlFrontier) Next(ctx context.Context, run crawler.Run, q crawler.NextQuery) ([]crawler.Entry, error) {
	var out []crawler.Entry
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		args := []any{ms(q.Now)}
		skip := ""
		if len(q.SkipHosts) > 0 {
			marks := make([]string, 0, len(q.SkipHosts))
			for h := range q.SkipHosts {
				marks = append(marks, "?")
				args = append(args, h)
			}
			skip = " AND host NOT IN (" + strings.Join(marks, ",") + ")"
		}
		perHost := q.PerHost
		if perHost <= 0 {
			perHost = q.Limit
		}
		args = append(args, perHost, q.Limit)
		rows, err := tx.QueryContext(ctx, `SELECT id, `+entryColumns+` FROM (
			SELECT *, row_number() OVER (PARTITION BY host ORDER BY depth, id) AS rn
			FROM crawl_urls WHERE state = 'pending' AND next_at <= ?`+skip+`)
			WHERE rn <= ? ORDER BY depth, id LIMIT ?`, args...)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id, next, claimed int64
			var e crawler.Entry
			if err := rows.Scan(&id, &e.URL, &e.Host, &e.Site, &e.Kind, &e.Depth, &e.Via, &e.Title, &e.Published,
				&e.Page, &e.State, &e.Tries, &next, &e.ETag, &e.LastModified, &e.Hash, &claimed); err != nil {
				rows.Close()
				return err
			}
			if next > 0 {
				e.NextAt = time.UnixMilli(next)
			}
			e.Interrupted = claimed == run.ID
			e.State = crawler.StateQueued
			ids = append(ids, id)
			out = append(out, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'queued', claimed_run = ? WHERE id = ?`, run.ID, id); err != nil {
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
