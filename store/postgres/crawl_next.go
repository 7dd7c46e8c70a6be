package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// Next implements crawler.Frontier: up to q.PerHost due entries of each
// host (shallowest first), q.Limit in all, claimed for this worker with
// FOR UPDATE SKIP LOCKED so that two workers never take the same URL. An
// entry whose holder's lease ran out (the worker died) is due again.
func (f *CrawlFrontier) Next(ctx context.Context, run crawler.Run, q crawler.NextQuery) ([]crawler.Entry, error) {
	f.seeded()
	perHost := q.PerHost
	if perHost <= 0 {
		perHost = q.Limit
	}
	skip := make([]string, 0, len(q.SkipHosts))
	for h, ok := range q.SkipHosts {
		if ok {
			skip = append(skip, h)
		}
	}
	type claimedEntry struct {
		host  string
		depth int
		id    int64
		e     crawler.Entry
	}
	var got []claimedEntry
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		got = got[:0]
		rows, err := tx.QueryContext(ctx, `WITH cand AS (
				SELECT id FROM (
					SELECT id, host, depth, row_number() OVER (PARTITION BY host ORDER BY depth, id) AS rn
					FROM crawl_urls
					WHERE ((state = 'pending' AND next_at <= $1) OR (state = 'queued' AND lease_until < now()))
						AND NOT (host = ANY($2::text[]))
				) c WHERE rn <= $3 ORDER BY host COLLATE "C", rn LIMIT $4),
			locked AS (
				SELECT u.id, u.claimed_run AS was_claimed FROM crawl_urls u JOIN cand USING (id)
				WHERE (u.state = 'pending' AND u.next_at <= $1) OR (u.state = 'queued' AND u.lease_until < now())
				FOR UPDATE OF u SKIP LOCKED)
			UPDATE crawl_urls u SET state = 'queued', claimed_run = $5, holder = $6,
				lease_until = now() + $7::float8 * interval '1 millisecond'
			FROM locked l WHERE u.id = l.id
			RETURNING u.url, u.host, u.site, u.kind, u.depth, u.via, u.title, u.published, u.page, u.tries, u.next_at,
				u.etag, u.last_modified, u.hash, l.was_claimed, u.id`,
			ms(q.Now), skip, perHost, q.Limit, run.ID, f.db.Worker, f.db.Lease.Milliseconds())
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var next, claimed, id int64
			var e crawler.Entry
			if err := rows.Scan(&e.URL, &e.Host, &e.Site, &e.Kind, &e.Depth, &e.Via, &e.Title, &e.Published,
				&e.Page, &e.Tries, &next, &e.ETag, &e.LastModified, &e.Hash, &claimed, &id); err != nil {
				return err
			}
			if next > 0 {
				e.NextAt = time.UnixMilli(next)
			}
			e.Interrupted = claimed == run.ID
			e.State = crawler.StateQueued
			got = append(got, claimedEntry{e.Host, e.Depth, id, e})
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: next crawl urls: %w", err)
	}
	// In the order of store/sqlite: host by host, shallowest first.
	sort.Slice(got, func(i, j int) bool {
		a, b := got[i], got[j]
		if a.host != b.host {
			return a.host < b.host
		}
		if a.depth != b.depth {
			return a.depth < b.depth
		}
		return a.id < b.id
	})
	out := make([]crawler.Entry, len(got))
	for i, c := range got {
		out[i] = c.e
	}
	return out, nil
}

// NextDue implements crawler.Frontier. While other workers hold URLs the
// run is not over (they may find more, or die and hand theirs back): it
// reports work due shortly.
func (f *CrawlFrontier) NextDue(ctx context.Context, run crawler.Run) (time.Time, bool, error) {
	var next sql.NullInt64
	var others int
	err := f.db.sql.QueryRowContext(ctx, `SELECT (SELECT min(next_at) FROM crawl_urls WHERE state = 'pending'),
		(SELECT count(*) FROM crawl_urls WHERE state = 'queued' AND holder <> $1)`, f.db.Worker).Scan(&next, &others)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next due: %w", err)
	}
	var due time.Time
	if next.Valid && next.Int64 > 0 {
		due = time.UnixMilli(next.Int64)
	}
	if others > 0 {
		soon := time.Now().Add(250 * time.Millisecond)
		if !next.Valid || due.After(soon) {
			due = soon
		}
		return due, true, nil
	}
	if !next.Valid {
		return time.Time{}, false, nil
	}
	return due, true, nil
}
