// Package postgres keeps the corpus in a PostgreSQL database that several
// machines share: the same tables as store/sqlite (migrations in the same
// numbering), the same exports byte for byte, plus what working together
// needs — leases on crawl URLs, each host's politeness held in the database,
// an advisory lock in place of the crawl lock file, and River's job queue.
package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/ccorpus/ccorpus/store"
)

// DB is an open PostgreSQL store, safe for concurrent use by many processes.
type DB struct {
	pool *pgxpool.Pool
	sql  *sql.DB
	name string // the URL without password, for messages
	// Now is the clock used for stored timestamps; tests replace it.
	Now func() time.Time
	// Worker names this process in leases, the fetch log and stats
	// (default: the machine's host name and the process id).
	Worker string
	// Lease is how long a crawl URL or host slot stays held by a worker that
	// stopped renewing it (died); renewed every Lease/5.
	Lease time.Duration

	mu        sync.Mutex
	frontiers []*CrawlFrontier
}

var _ store.Store = (*DB)(nil)

// IsURL reports whether s names a PostgreSQL database rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at dsn (postgres://user@host/db) and
// applies every pending migration.
func Open(ctx context.Context, dsn string) (*DB, error) {
	name := redact(dsn)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", name, err)
	}
	if cfg.MaxConns < 8 {
		cfg.MaxConns = 8
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", name, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: open %s: %w", name, err)
	}
	db := &DB{pool: pool, sql: stdlib.OpenDBFromPool(pool), name: name, Now: time.Now,
		Worker: defaultWorker(), Lease: 15 * time.Second}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// redact drops the password from a URL.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	if _, has := u.User.Password(); has {
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

// Close hands back what this worker's crawls still hold and closes the connections.
func (db *DB) Close() error {
	db.mu.Lock()
	fs := db.frontiers
	db.frontiers = nil
	db.mu.Unlock()
	for _, f := range fs {
		f.close(context.Background())
	}
	err := db.sql.Close()
	db.pool.Close()
	if err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// Path returns the database's URL without password.
func (db *DB) Path() string { return db.name }

// Pool returns the connection pool (the job queue runs on it).
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// SQL returns a database/sql handle on the pool, for read queries.
func (db *DB) SQL() *sql.DB { return db.sql }

// Tx runs fn in one transaction: committed when fn returns nil, rolled back
// otherwise. A transaction that lost a deadlock or a serialization conflict
// with another machine's is run again (fn must only depend on the database).
func (db *DB) Tx(ctx context.Context, fn func(*sql.Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := db.tx(ctx, fn)
		if err == nil || !retryable(err) || attempt >= 20 {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt+1) * 5 * time.Millisecond):
		}
	}
}

func (db *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// retryable reports a deadlock, serialization failure or unique violation
// of a concurrent insert: the transaction may succeed when run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "40001", "40P01", "23505":
		return true
	}
	return false
}

// now returns the clock's time as stored: RFC 3339 in UTC, as SQLite's.
func (db *DB) now() string { return formatTime(db.Now()) }

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// pgxTx is Tx on a pgx transaction (for pgx.Batch and COPY), with the same
// runs again after a deadlock, serialization failure or concurrent insert.
func (db *DB) pgxTx(ctx context.Context, fn func(pgx.Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := pgx.BeginFunc(ctx, db.pool, fn)
		if err == nil || !retryable(err) || attempt >= 20 {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt+1) * 5 * time.Millisecond):
		}
	}
}
