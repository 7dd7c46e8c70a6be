// Package sqlite keeps the corpus in one SQLite file (the embedded default
// backend of package store). It is the only package that imports the SQLite driver.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/ccorpus/ccorpus/store"
	"net/url"
	"time"

	"github.com/mattn/go-sqlite3" // registers the database/sql driver "sqlite3"
)

// DB is an open store. It is safe for concurrent use; writes are serialized by SQLite.
type DB struct {
	sql  *sql.DB
	path string
	// crawlLock releases the crawl lock taken by LockCrawl; Close calls it
	// after the connections are closed (see LockCrawl).
	crawlLock func() error
	// Now is the clock used for timestamps; tests replace it.
	Now func() time.Time
	// compat: the newer tables an older database opened read-only lacks.
	compat compat
}

// busyTimeout is how long SQLite waits for another connection's write lock
// before a statement fails; Tx waits longer, up to beginPatience, by retrying.
var (
	busyTimeout   = 5 * time.Second
	beginPatience = 2 * time.Minute
)

// Open opens (creating if needed) the database file at path and applies every
// pending migration. A database written by a newer ccorpus (a migration this
// one does not know) is refused with ErrNewerSchema; a file or folder that
// cannot be written is reported as such (permission denied, read-only file
// system) before SQLite is asked.
func Open(ctx context.Context, path string) (*DB, error) {
	if err := writable(path); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	dsn := fmt.Sprintf("file:%s?_journal_mode=WAL&_busy_timeout=%d&_txlock=immediate&_foreign_keys=on",
		(&url.URL{Path: path}).EscapedPath(), busyTimeout.Milliseconds())
	sdb, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db := &DB{sql: sdb, path: path, Now: time.Now}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	err := db.sql.Close()
	if db.crawlLock != nil {
		// Only now: closing the lock's descriptor drops every POSIX lock
		// this process holds on the file, SQLite's among them.
		if uerr := db.crawlLock(); err == nil {
			err = uerr
		}
		db.crawlLock = nil
	}
	if err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// Path returns the file the database was opened from.
func (db *DB) Path() string { return db.path }

// SQL returns the underlying handle, for read queries of packages that keep
// their own tables in the same file. Write through Tx.
func (db *DB) SQL() *sql.DB { return db.sql }

// Tx runs fn in one write transaction: committed when fn returns nil, rolled
// back otherwise.
//
// The write lock is taken at the start (BEGIN IMMEDIATE). When another
// process holds it for longer than the busy timeout (a long transaction of a
// concurrent crawl or ingest), Tx keeps trying for up to two minutes before
// giving up; fn has not run until the lock is held, so retrying is safe.
func (db *DB) Tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
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

func (db *DB) begin(ctx context.Context) (*sql.Tx, error) {
	deadline := time.Now().Add(beginPatience)
	for {
		tx, err := db.sql.BeginTx(ctx, nil)
		if err == nil {
			return tx, nil
		}
		var se sqlite3.Error
		if !errors.As(err, &se) || (se.Code != sqlite3.ErrBusy && se.Code != sqlite3.ErrLocked) || time.Now().After(deadline) {
			return nil, fmt.Errorf("store: begin: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("store: begin: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// now returns the clock's time as stored: RFC 3339 in UTC.
func (db *DB) now() string { return formatTime(db.Now()) }

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

var _ store.Store = (*DB)(nil)
