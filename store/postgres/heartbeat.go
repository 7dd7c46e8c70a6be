package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// heartbeat renews, every Lease/5, the leases of what worker holds (crawl
// URLs, host slots) and its crawl_workers row, until the returned stop is
// called. A worker that dies stops renewing; its leases run out.
func (db *DB) heartbeat(worker string) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	every := max(db.Lease/5, 50*time.Millisecond)
	go func() {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			err := db.Tx(ctx, func(tx *sql.Tx) error {
				lease := db.Lease.Milliseconds()
				if _, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET lease_until = now() + $2::float8 * interval '1 millisecond'
					WHERE state = 'queued' AND holder = $1`, worker, lease); err != nil {
					return err
				}
				if _, err := tx.ExecContext(ctx, `UPDATE crawl_host_slots SET lease_until = now() + $2::float8 * interval '1 millisecond'
					WHERE holder = $1`, worker, lease); err != nil {
					return err
				}
				_, err := tx.ExecContext(ctx, `UPDATE crawl_workers SET heartbeat_at = now() WHERE worker = $1`, worker)
				return err
			})
			if err != nil && ctx.Err() == nil {
				slog.Warn("store: heartbeat", "worker", worker, "err", err)
			}
		}
	}()
	return func() { cancel(); <-done }
}

// LockCrawl implements store.Crawls. Several crawls share a PostgreSQL
// store (that is its point); what must not happen is two processes working
// under one worker name, whose leases would be each other's. The lock is a
// session advisory lock on the worker name, dropped by the server when the
// process's connection ends, however it ends.
func (db *DB) LockCrawl(ctx context.Context) (func() error, error) {
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: crawl lock: %w", err)
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, hashtext($2))`, workerLock, db.Worker).Scan(&ok); err != nil {
		conn.Close()
		return nil, fmt.Errorf("store: crawl lock: %w", err)
	}
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("%w (worker %q on %s: give each process its own --worker)", ErrLocked, db.Worker, db.name)
	}
	return func() error {
		_, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1, hashtext($2))`, workerLock, db.Worker)
		return errors.Join(err, conn.Close())
	}, nil
}

// ErrLocked is returned when another process crawls under the same worker name.
var ErrLocked = errors.New("store: another crawl is running as this worker")
