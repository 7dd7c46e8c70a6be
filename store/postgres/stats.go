package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// Stats implements store.Reader: the same summary as store/sqlite's, labels
// ordered byte-wise (COLLATE "C") as SQLite orders them, plus what each
// worker of the current crawl and the job queue is doing.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	q := db.sql
	err := q.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE on_topic),
		count(*) FILTER (WHERE previous_hashes <> '[]') FROM documents`).Scan(&s.Documents, &s.OnTopic, &s.Changed)
	if err == nil {
		err = q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM activities)`).
			Scan(&s.Records, &s.Activities)
	}
	for _, g := range []struct {
		dst   *[]store.Count
		query string
	}{
		{&s.ByCampaign, `SELECT coalesce(campaign, '(none)') COLLATE "C" AS l, count(*) AS n FROM records GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&s.ByYear, `SELECT coalesce(CAST(year AS TEXT), '(none)') COLLATE "C", count(*) FROM records GROUP BY 1 ORDER BY 1`},
		{&s.ByProvince, `SELECT coalesce(province, '(none)') COLLATE "C", count(*) FROM records GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&s.ByScript, `SELECT script COLLATE "C", count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&s.Skipped, `SELECT CASE WHEN is_index THEN 'index or list page' ELSE 'off topic' END COLLATE "C", count(*)
			FROM documents WHERE NOT on_topic GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&s.CrawlURLs, `SELECT state COLLATE "C", count(*) FROM crawl_urls GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&s.CrawlSkipped, `SELECT (outcome || ': ' || reason) COLLATE "C", count(*) FROM crawl_fetches
			WHERE outcome IN ('failed', 'blocked', 'skipped') GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`},
	} {
		if err != nil {
			break
		}
		*g.dst, err = counts(ctx, q, g.query)
	}
	if err == nil {
		s.Failed, err = db.failures(ctx, 20)
	}
	if err == nil {
		s.LastRuns, err = db.lastRuns(ctx, 5)
	}
	if err == nil {
		s.Workers, err = db.workers(ctx)
	}
	if err != nil {
		return store.Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	return s, nil
}

func counts(ctx context.Context, q *sql.DB, query string) ([]store.Count, error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Count
	for rows.Next() {
		var c store.Count
		if err := rows.Scan(&c.Label, &c.N); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// failures is store/sqlite's: failed pages of the latest run of each
// command by stage and generalised reason.
func (db *DB) failures(ctx context.Context, limit int) ([]store.Count, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT stage, reason, source FROM processing_log
		WHERE outcome = 'failed' AND (run_id IS NULL OR run_id IN (SELECT max(id) FROM runs GROUP BY command))`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tally store.FailureTally
	for rows.Next() {
		var stage, reason, source string
		if err := rows.Scan(&stage, &reason, &source); err != nil {
			return nil, err
		}
		tally.Add(stage, reason, source)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return tally.Counts(limit), nil
}

func (db *DB) lastRuns(ctx context.Context, n int) ([]store.Run, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT id, command, started_at, coalesce(finished_at, ''), pages,
		inserted, updated, unchanged, failed FROM runs ORDER BY id DESC LIMIT $1`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Run
	for rows.Next() {
		var r store.Run
		if err := rows.Scan(&r.ID, &r.Command, &r.StartedAt, &r.FinishedAt, &r.Pages, &r.Inserted, &r.Updated,
			&r.Unchanged, &r.Failed); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
