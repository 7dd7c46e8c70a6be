package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// CrawlFrontier is the crawl state in PostgreSQL, shared by every crawl
// process on every machine. A URL handed out by Next is held by this worker
// under a lease that a heartbeat renews; the lease of a worker that died
// runs out and the URL goes to another. Hosts' politeness is held in the
// database too (HostGate), so that all workers together keep each limit.
type CrawlFrontier struct {
	db *DB

	mu        sync.Mutex
	beginConn *sql.Conn // holds the begin lock while a new run is being seeded
	stopBeat  func()
}

var (
	_ crawler.Frontier = (*CrawlFrontier)(nil)
	_ crawler.HostGate = (*CrawlFrontier)(nil)
)

// Advisory lock keys (the first of the two-key form): "ccbg" serializes
// BeginRun and the seeding of a new run, "ccwk" is one per worker name.
const (
	beginLock  = 0x63636267
	workerLock = 0x6363776b
)

// CrawlFrontier returns the shared crawl state. Each call shares the DB's
// worker name; call it once per crawl.
func (db *DB) CrawlFrontier() crawler.Frontier {
	f := &CrawlFrontier{db: db}
	db.mu.Lock()
	db.frontiers = append(db.frontiers, f)
	db.mu.Unlock()
	return f
}

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// BeginRun implements crawler.Frontier. The first worker of a run creates
// it and holds the begin lock until it has seeded the run (its first
// Next), so that workers starting with it join a run that has its seeds.
func (f *CrawlFrontier) BeginRun(ctx context.Context, now time.Time) (crawler.Run, error) {
	conn, err := f.db.sql.Conn(ctx)
	if err != nil {
		return crawler.Run{}, fmt.Errorf("store: begin crawl run: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1, 0)`, beginLock); err != nil {
		conn.Close()
		return crawler.Run{}, fmt.Errorf("store: begin crawl run: %w", err)
	}
	var run crawler.Run
	err = f.db.Tx(ctx, func(tx *sql.Tx) error {
		run = crawler.Run{}
		// URLs held by a worker that died, or by this worker's earlier life.
		if _, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', holder = '', lease_until = NULL
			WHERE state = 'queued' AND (lease_until IS NULL OR lease_until < now() OR holder = $1)`, f.db.Worker); err != nil {
			return err
		}
		var started string
		err := tx.QueryRowContext(ctx, `SELECT id, started_at FROM crawl_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1`).Scan(&run.ID, &started)
		switch {
		case err == nil:
			run.Resumed = true
			run.Started, _ = time.Parse(time.RFC3339Nano, started)
		case !errors.Is(err, sql.ErrNoRows):
			return err
		default:
			if err := tx.QueryRowContext(ctx, `INSERT INTO crawl_runs (started_at) VALUES ($1) RETURNING id`,
				formatTime(now)).Scan(&run.ID); err != nil {
				return err
			}
			run.Started = now
			if _, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', tries = 0, next_at = 0
				WHERE state IN ('failed', 'blocked', 'skipped')`); err != nil {
				return err
			}
			// Each run learns hosts' spacing (robots.txt) afresh.
			if _, err := tx.ExecContext(ctx, `DELETE FROM crawl_hosts`); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO crawl_workers (worker, run_id, machine, pid, started_at, heartbeat_at)
			VALUES ($1, $2, $3, $4, now(), now()) ON CONFLICT (worker) DO UPDATE SET run_id = $2, machine = $3, pid = $4,
			started_at = now(), heartbeat_at = now(), stopped_at = NULL`, f.db.Worker, run.ID, machine(), pid())
		return err
	})
	if err != nil {
		f.unlockBegin(conn)
		return crawler.Run{}, fmt.Errorf("store: begin crawl run: %w", err)
	}
	f.mu.Lock()
	if f.beginConn != nil {
		f.unlockBegin(f.beginConn)
	}
	f.beginConn = nil
	if run.Resumed {
		f.unlockBegin(conn)
	} else {
		f.beginConn = conn
	}
	if f.stopBeat == nil {
		f.stopBeat = f.db.heartbeat(f.db.Worker)
	}
	f.mu.Unlock()
	return run, nil
}

func (f *CrawlFrontier) unlockBegin(conn *sql.Conn) {
	conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1, 0)`, beginLock)
	conn.Close()
}

// seeded releases the begin lock once the run's seeds are in.
func (f *CrawlFrontier) seeded() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.beginConn != nil {
		f.unlockBegin(f.beginConn)
		f.beginConn = nil
	}
}

// close stops the heartbeat and hands back what this worker still holds.
func (f *CrawlFrontier) close(ctx context.Context) {
	f.seeded()
	f.mu.Lock()
	stop := f.stopBeat
	f.stopBeat = nil
	f.mu.Unlock()
	if stop == nil {
		return
	}
	stop()
	f.db.sql.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', holder = '', lease_until = NULL
		WHERE state = 'queued' AND holder = $1`, f.db.Worker)
	f.db.sql.ExecContext(ctx, `UPDATE crawl_host_slots SET holder = '', lease_until = '-infinity' WHERE holder = $1`, f.db.Worker)
	f.db.sql.ExecContext(ctx, `UPDATE crawl_workers SET stopped_at = now(), heartbeat_at = now() WHERE worker = $1`, f.db.Worker)
}

// Add implements crawler.Frontier.
func (f *CrawlFrontier) Add(ctx context.Context, run crawler.Run, entries []crawler.Entry) (int, error) {
	fresh := 0
	err := f.db.Tx(ctx, func(tx *sql.Tx) error {
		fresh = 0
		for _, e := range entries {
			res, err := tx.ExecContext(ctx, `INSERT INTO crawl_urls (url, host, site, kind, depth, via, title,
				published, page, state, discovered_run) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'pending',$10) ON CONFLICT (url) DO NOTHING`,
				e.URL, e.Host, e.Site, e.Kind, e.Depth, e.Via, e.Title, e.Published, e.Page, run.ID)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 1 {
				fresh++
				continue
			}
			var discovered, claimed int64
			var kind, state string
			err = tx.QueryRowContext(ctx, `SELECT discovered_run, claimed_run, kind, state FROM crawl_urls WHERE url = $1 FOR UPDATE`, e.URL).
				Scan(&discovered, &claimed, &kind, &state)
			if err != nil {
				return err
			}
			if discovered == run.ID {
				fresh++
			}
			if kind != crawler.KindArticle && claimed != run.ID && state != crawler.StatePending {
				_, err = tx.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', tries = 0, next_at = 0,
					depth = $1, via = $2, page = $3, holder = '', lease_until = NULL WHERE url = $4`, e.Depth, e.Via, e.Page, e.URL)
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
	res, err := f.db.sql.ExecContext(ctx, `UPDATE crawl_urls SET state = 'pending', tries = 0, next_at = 0
		WHERE kind = 'article' AND state = 'done'`)
	if err != nil {
		return 0, fmt.Errorf("store: recheck: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}
